using DocSchema.Runtime.Text;

namespace DocSchema.Runtime.Datelines;

/// <summary>
/// A dateline: where and when a story was filed, e.g. <c>(华盛顿、基辅20日讯)</c> or
/// <c>LONDON, March 18 (Reuters) -</c>. It is not part of the paragraph it leads.
/// </summary>
/// <param name="Raw">The dateline as written.</param>
/// <param name="Places">The places named, in order.</param>
/// <param name="Day">Day of the month, or null.</param>
/// <param name="Month">Month (1–12), or null.</param>
/// <param name="Year">Year, or null.</param>
/// <param name="Agency">The news agency, e.g. <c>Reuters</c>, or null.</param>
/// <remarks>
/// The numbers are kept as three ints and a mask of those given, and the agency as an
/// <see cref="OptionalTextValue"/>: 72 bytes a dateline where three <c>int?</c> and a
/// <c>TextValue?</c> made it 88 (a page of teasers has one a teaser). The properties are declared
/// in the parameters' order, so that the record prints them in that order; an absent number is
/// stored as 0, so that equal datelines have equal fields.
/// </remarks>
public sealed record Dateline(TextValue Raw, IReadOnlyList<TextValue> Places, int? Day, int? Month, int? Year, TextValue? Agency)
{
    private const byte HasDay = 1, HasMonth = 2, HasYear = 4;

    private readonly int _day = Day.GetValueOrDefault(), _month = Month.GetValueOrDefault(), _year = Year.GetValueOrDefault();
    private readonly byte _given = (byte)((Day.HasValue ? HasDay : 0) | (Month.HasValue ? HasMonth : 0) | (Year.HasValue ? HasYear : 0));
    private readonly OptionalTextValue _agency = new(Agency);

    /// <summary>The dateline as written.</summary>
    public TextValue Raw { get; init; } = Raw;

    /// <summary>The places named, in order.</summary>
    public IReadOnlyList<TextValue> Places { get; init; } = Places;

    /// <summary>Day of the month, or null.</summary>
    public int? Day { get => Read(_day, HasDay); init { _day = value.GetValueOrDefault(); _given = Given(_given, HasDay, value.HasValue); } }

    /// <summary>Month (1–12), or null.</summary>
    public int? Month { get => Read(_month, HasMonth); init { _month = value.GetValueOrDefault(); _given = Given(_given, HasMonth, value.HasValue); } }

    /// <summary>Year, or null.</summary>
    public int? Year { get => Read(_year, HasYear); init { _year = value.GetValueOrDefault(); _given = Given(_given, HasYear, value.HasValue); } }

    /// <summary>The news agency, e.g. <c>Reuters</c>, or null.</summary>
    public TextValue? Agency { get => _agency.Value; init => _agency = new(value); }

    private int? Read(int number, byte flag) => (_given & flag) != 0 ? number : null;

    private static byte Given(byte given, byte flag, bool has) => (byte)(has ? given | flag : given & ~flag);
}
