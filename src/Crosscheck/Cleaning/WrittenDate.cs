using Crosscheck.Model;

namespace Crosscheck.Cleaning;

/// <summary>A date as the text writes it, and its value when the text gives a year.</summary>
internal sealed record WrittenDate(string Text, PartialDate? Date);
