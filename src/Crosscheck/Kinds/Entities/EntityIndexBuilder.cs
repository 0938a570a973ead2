using Crosscheck.Kinds.Entities;
using Crosscheck.Model;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;

namespace Crosscheck.Kinds.Entities;

/// <summary>
/// Merges the entity mentions of all documents into entities. Two canonical names are one entity when
/// they share a spelling key (case, hyphens, dots, q/k, ae/ai, "X in Y" = "X Y"), resolve to the same
/// country (name, capital or "demonym government", from the country data), are an acronym and the one
/// multi-word name with those initials, a surname and the one full person name ending in it, a venue and
/// its name without the facility word, a short name and its longer form the way a branch acronym
/// ("ABC-K") and its expansion ("Abc Bcd Kxx") are, names listed together in one group of the mined alias
/// gazetteer (Resources/Entities/mined-aliases.tsv), or a branch named by a division word and a region
/// ("the P organisation Wilayat R") and the parent's name with that region ("P R"). Names that merely share
/// a word stay apart.
/// </summary>
public sealed class EntityIndexBuilder : ISetAnalyzer
{
    public string Name => "EntityIndexBuilder";

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(documents);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (AnnotatedDocument d in documents)
        {
            texts.TryAdd(d.Document.Id, d.Document.Text);
        }

        return set with { Entities = Build([.. findings.SelectMany(f => f.Entities)], texts) };
    }

    /// <summary>The entities of a list of mentions, most mentioned first.</summary>
    /// <param name="texts">The cleaned text of each document by id; without it, rules that read the words around a mention are skipped.</param>
    /// <param name="aliases">The alias gazetteer (default: the mined one embedded in the assembly).</param>
    public static IReadOnlyList<Entity> Build(IReadOnlyList<EntityMention> mentions, IReadOnlyDictionary<string, string>? texts = null, AliasGazetteer? aliases = null)
    {
        var forms = new EntityForms(mentions, texts ?? new Dictionary<string, string>(), aliases ?? AliasGazetteer.Instance);
        forms.MergeAll();
        return forms.ToEntities();
    }
}
