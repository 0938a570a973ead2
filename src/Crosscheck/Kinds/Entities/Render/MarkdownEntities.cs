using System.Text;
using static Crosscheck.Reporting.MarkdownText;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Kinds.Entities.Render;

/// <summary>The Markdown entity index.</summary>
internal static class MarkdownEntities
{
    public static void Write(StringBuilder md, Report report)
    {
        DocLabels labels = new(report);
        md.AppendLine("## Entities").AppendLine();
        if (report.Entities.Count == 0)
        {
            md.AppendLine("No entities found.").AppendLine();
            return;
        }

        Table(md, ["Name", "Type", "Aliases", "Mentions"], report.Entities.Select(e => new[]
        {
            Escape(e.Name), Escape(e.Type), e.Aliases.Count == 0 ? "—" : string.Join(", ", e.Aliases.Select(Escape)),
            string.Join(", ", e.MentionsPerDoc.Select(kv => $"{Escape(labels.Name(kv.Key))}: {kv.Value}")),
        }));
    }
}
