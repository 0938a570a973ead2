using Crosscheck.Model;

namespace Crosscheck.Lab.Evaluation.TempEval;

/// <summary>
/// A TimeML file as TempEval-3 uses it: the plain text of its &lt;TEXT&gt; element (inner tags stripped,
/// entities decoded), its document creation time, and the TIMEX3s annotated inside &lt;TEXT&gt;.
/// </summary>
/// <param name="Name">The file name without folder.</param>
/// <param name="Raw">The whole file as read.</param>
/// <param name="TextStart">Where the content of &lt;TEXT&gt; starts in <paramref name="Raw"/>.</param>
/// <param name="TextEnd">Where &lt;/TEXT&gt; starts in <paramref name="Raw"/>.</param>
/// <param name="Text">The plain text of &lt;TEXT&gt;, which TIMEX3 offsets index.</param>
/// <param name="CreationTime">The value of the DCT's TIMEX3 at day precision, or null when it has none.</param>
/// <param name="Timexes">The TIMEX3s inside &lt;TEXT&gt; (never the DCT), in text order.</param>
public sealed record TimeMLDocument(
    string Name,
    string Raw,
    int TextStart,
    int TextEnd,
    string Text,
    PartialDate? CreationTime,
    IReadOnlyList<Timex> Timexes);
