namespace DocSchema.Cli.Evaluation;

/// <summary>Counts for precision and recall: gold items, predicted items, and how many of each matched.</summary>
internal sealed class Tally
{
    public int Gold { get; set; }
    public int Predicted { get; set; }
    public int GoldFound { get; set; }
    public int PredictedRight { get; set; }

    /// <summary>Predicted items that match a gold item, over all predicted; 1 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 1 : (double)PredictedRight / Predicted;

    /// <summary>Gold items found, over all gold items; 1 when there is no gold item.</summary>
    public double Recall => Gold == 0 ? 1 : (double)GoldFound / Gold;

    public void Add(Tally other)
    {
        Gold += other.Gold;
        Predicted += other.Predicted;
        GoldFound += other.GoldFound;
        PredictedRight += other.PredictedRight;
    }
}

/// <summary>Right answers over scored ones.</summary>
internal sealed class Accuracy
{
    public int Right { get; set; }
    public int Scored { get; set; }

    /// <summary>Right over scored; 1 when nothing was scored.</summary>
    public double Value => Scored == 0 ? 1 : (double)Right / Scored;

    public void Add(bool right)
    {
        Scored++;
        if (right) Right++;
    }

    public void Add(Accuracy other)
    {
        Right += other.Right;
        Scored += other.Scored;
    }
}
