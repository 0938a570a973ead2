using Crosscheck.Extraction.Entities;
using Crosscheck.Model;

namespace Crosscheck.Comparison;

/// <summary>
/// Merges the entity mentions of all documents into entities. Two canonical names are one entity when
/// they share a spelling key (case, hyphens, dots, q/k, ae/ai, "X in Y" = "X Y"), resolve to the same
/// country (name, capital or "demonym government", from the country data), are an acronym and the one
/// multi-word name with those initials, a surname and the one full person name ending in it, a venue and
/// its name without the facility word, or a short name and its longer form the way a branch acronym
/// ("ABC-K") and its expansion ("Abc Bcd Kxx") are. Names that merely share a word stay apart.
/// </summary>
public sealed class EntityIndexBuilder : ISetAnalyzer
{
    public string Name => "EntityIndexBuilder";

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(set);
        return set with { Entities = Build([.. findings.SelectMany(f => f.Entities)]) };
    }

    /// <summary>The entities of a list of mentions, most mentioned first.</summary>
    public static IReadOnlyList<Entity> Build(IReadOnlyList<EntityMention> mentions)
    {
        var forms = new EntityForms(mentions);
        forms.MergeAll();
        return forms.ToEntities();
    }
}
