namespace Crosscheck.Kinds.Dates;

/// <summary>The calendar fields an expression writes out, each null when the text leaves it out.</summary>
public readonly record struct DateFields(int? Year, int? Month, int? Day)
{
    public bool IsComplete => Year is not null && Month is not null && Day is not null;

    /// <summary>The fields as a date when the year is written (with the month and day when they are).</summary>
    public Crosscheck.Model.PartialDate? ToPartialDate() => Year is { } y ? new Crosscheck.Model.PartialDate(y, Month, Month is null ? null : Day) : null;
}
