namespace DocSchema.Runtime.Languages;

/// <summary>
/// Words that tell Malay from Indonesian, the one pair of supported languages too close for
/// letter statistics alone: the two are one language in two standards, and the catalogues the
/// profiles are trained on are too small and too technical to separate them on news text.
/// </summary>
/// <remarks>
/// Hand-written from the two standards' known differences: spelling (kerana/karena,
/// bahawa/bahwa, wang/uang, kewangan/keuangan, -iti/-itas as in universiti/universitas),
/// vocabulary (kerajaan/pemerintah, kereta/mobil; words whose meaning differs
/// between the two, like pejabat, jabatan, negeri and polisi, are left out), month and day names
/// (Ogos/Agustus, Isnin/Senin), news-writing habits (Indonesian "ujarnya", Malay "berikutan"),
/// institutions (PDRM, SPRM; Polri, KPK) and software terms (fail/berkas, tetapan/pengaturan).
/// A strong word is rarely written in the other standard; a weak one is only more common in its
/// own. Each list is space-separated and lower-case; a word is matched whole, after the same
/// folding the classifier's features use, so "Kerana" and "KERANA" match "kerana".
/// </remarks>
internal static class MalayIndonesianMarkers
{
    /// <summary>The weight of a strong word, in the classifier's cost units (1/8 nat): 8 nats.</summary>
    internal const int StrongWeight = 64;

    /// <summary>The weight of a weak word: 4 nats.</summary>
    internal const int WeakWeight = 32;

    /// <summary>Words rarely written in Indonesian.</summary>
    internal const string MalayStrong =
        "kerana bahawa sahaja daripada bagaimanapun iaitu wang polis kerajaan semasa selepas bilangan " +
        "percuma kereta teksi universiti kilang syarikat cukai bilion trilion baharu pelbagai mahu fikir " +
        "berfikir faham khidmat perkhidmatan jururawat esok isnin khamis jumaat ahad mac julai ogos " +
        "disember jun tentera askar parti parlimen akta manakala justeru berikutan menerusi sempena " +
        "sejurus tempoh minit peratus sebarang kakitangan warganegara kempen projek kes doktor ubat " +
        "kemalangan kenderaan sukan jurulatih perlawanan kejohanan pertubuhan siasatan pendakwa peguam " +
        "rompakan dadah sindiket timbalan setiausaha pengerusi pengarah pengurus pengurusan pentadbiran " +
        "pelaburan pelabur perniagaan peniaga belanjawan bajet pelancongan pelancong keretapi motosikal " +
        "basikal trafik kesesakan bomba gabenor agong pdrm sprm ringgit rm bas sila awak sebahagian " +
        "bahagian sesetengah awam kanak belia lelaki isteri bapa encik puan dato pensyarah peperiksaan " +
        "kesihatan jangkitan pesakit hospital maklumat akhbar temubual talian telefon rancangan cadangan " +
        "mesyuarat lawatan melawat majlis persidangan perhimpunan keganasan pengganas letupan suruhanjaya " +
        "jawatankuasa jawatan pasaran eksport pengeluaran kewangan hutang elektrik petrol soalan jawapan " +
        "adakah perlahan sentiasa kerap aktiviti kualiti komuniti kapasiti identiti realiti prioriti " +
        "integriti fakulti sekuriti majoriti minoriti kredibiliti fasiliti tiada cuba mencuba dijumpai " +
        "sepatutnya imej fail ralat diiktiraf memaparkan papar disokong sokongan menyokong tetapan " +
        "tetingkap laluan katalaluan perisian pautan carian kekunci automatik nombor mesej butang zon " +
        "kemaskini dikemaskini saiz lalai " +
        "disyaki merompak dikejarkan rawatan mengesahkan denggi memperuntukkan dagangan komen ";

    /// <summary>Words more common in Malay than in Indonesian.</summary>
    internal const string MalayWeak =
        "boleh kenyataan ialah mesti beliau tempatan berkenaan berhubung mengikut amat ramai persekutuan " +
        "betul laju hendak seterusnya pangkalan dibenarkan pelajar keselamatan sah dikenali ditemui patut " +
        "import " +
        "mengulas ";

    /// <summary>Words rarely written in Malay.</summary>
    internal const string IndonesianStrong =
        "karena bisa bahwa uang pemerintah yaitu pernyataan pengadilan gratis mobil taksi universitas " +
        "pabrik departemen kebijakan pajak rupiah miliar triliun mau pikir berpikir paham layanan perawat " +
        "kantor karyawan kemarin besok senin kamis jumat maret juni juli agustus desember tentara " +
        "provinsi partai parlemen pemilu pilkada olahraga pelatih investasi bisnis pariwisata wisatawan " +
        "bandara macet kemacetan dinas kabupaten kecamatan kelurahan gubernur bupati walikota polri tni " +
        "kpk dpr mpr kapolri kapolda kapolres persen rp justru ujar ujarnya tuturnya ungkapnya imbuhnya " +
        "ucapnya silakan sesudah menit sebagian bagian berbagai laki pria istri bapak siswa dosen " +
        "kesehatan pasien dokter obat informasi koran pers wawancara telepon proyek kampanye rencana " +
        "usulan kunjungan mengunjungi acara konferensi kekerasan teroris ledakan komisi komite panitia " +
        "ekspor impor produksi keuangan utang listrik bensin jawaban kendati aktivitas kualitas komunitas " +
        "kapasitas identitas realitas prioritas integritas fakultas sekuritas mayoritas minoritas " +
        "kredibilitas fasilitas coba mencoba seharusnya berkas menampilkan didukung dukungan mendukung " +
        "pengaturan jendela sandi unduh galat nomor otomatis fitur tombol diizinkan zona perbarui " +
        "memperbarui mutakhir mengunduh unggah tautan pencarian ketik ukuran narkoba jaksa penyidik " +
        "penyidikan perampokan manajer direktur sekretaris " +
        "kasus komentar berkomentar terduga merampok perampok perawatan mengonfirmasi dikonfirmasi menggelontorkan ";

    /// <summary>Words more common in Indonesian than in Malay.</summary>
    internal const string IndonesianWeak =
        "saja setelah tersebut tapi meskipun padahal agar kamu senantiasa selanjutnya ditemukan dikenal " +
        "valid baku bawaan saat perusahaan pesan detik basis " +
        "diduga ";

    // Word keys, ascending, and their weights (positive Malay, negative Indonesian): built once.
    private static readonly (uint[] Keys, int[] Weights) s_lookup = BuildLookup();

    /// <summary>
    /// The weight of the word keyed <paramref name="wordKey"/> (see <see cref="LatinSymbols.NextWordKey"/>):
    /// positive for a Malay word, negative for an Indonesian one, 0 for any other.
    /// </summary>
    public static int WeightOf(uint wordKey)
    {
        int index = s_lookup.Keys.AsSpan().BinarySearch<uint, uint>(wordKey); // the generic overload: no boxing
        return index >= 0 ? s_lookup.Weights[index] : 0;
    }

    /// <summary>Every listed word with its signed weight, for tests.</summary>
    internal static IEnumerable<(string Word, int Weight)> All() =>
        Words(MalayStrong, StrongWeight).Concat(Words(MalayWeak, WeakWeight))
            .Concat(Words(IndonesianStrong, -StrongWeight)).Concat(Words(IndonesianWeak, -WeakWeight));

    /// <summary>The key of a whole word, as the classifier computes it while reading text.</summary>
    internal static uint KeyOf(string word)
    {
        uint key = LatinSymbols.EmptyWordKey;
        foreach (char c in word)
        {
            byte symbol = LatinSymbols.Of(c);
            if (symbol != LatinSymbols.Skip)
            {
                key = LatinSymbols.NextWordKey(key, symbol);
            }
        }

        return key;
    }

    private static IEnumerable<(string Word, int Weight)> Words(string list, int weight) =>
        list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => (word, weight));

    private static (uint[] Keys, int[] Weights) BuildLookup()
    {
        var entries = All().ToArray();
        var keys = entries.Select(e => KeyOf(e.Word)).ToArray();
        var weights = entries.Select(e => e.Weight).ToArray();
        Array.Sort(keys, weights);
        return (keys, weights);
    }
}
