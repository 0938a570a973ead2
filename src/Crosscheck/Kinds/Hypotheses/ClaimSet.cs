using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>The claims of every article of a set, with the views and the entity directory they were read with.</summary>
internal sealed record ClaimSet(EntityDirectory Directory, IReadOnlyList<ArticleView> Views, IReadOnlyList<Claim> Claims)
{
    public static ClaimSet Read(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        var directory = new EntityDirectory(set.Entities);
        Dictionary<string, DocumentFindings> byDoc = findings.GroupBy(f => f.DocId).ToDictionary(g => g.Key, g => g.First());
        var views = documents.Select(d => new ArticleView(d, byDoc.GetValueOrDefault(d.Id) ?? new DocumentFindings(d.Id), directory)).ToList();
        var claims = views.SelectMany(v => new ClaimScanner(v).Scan()).ToList();
        return new ClaimSet(directory, views, claims);
    }
}
