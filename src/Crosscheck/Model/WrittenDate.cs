namespace Crosscheck.Model;

/// <summary>
/// A date as the input writes it (a container's date field, a byline, a dateline), and its value when the text gives
/// a year. Read once where it is found and carried as this value; turned into a string only in the report and the store.
/// </summary>
/// <param name="Text">The date as written (trimmed).</param>
/// <param name="Date">Its calendar value, or null when the text gives no year or is not understood.</param>
public sealed record WrittenDate(string Text, PartialDate? Date);
