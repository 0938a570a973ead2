using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>
/// Finds the competing explanations of the main event in a set's claims: each agent named by responsibility
/// cues (an agent and the groups it is a branch of count as one), each cause label, and a false flag. An
/// agent or cause needs two claims (or one claim of responsibility by itself) to become a hypothesis;
/// a presupposition ("the X attack") does not count, since X may name the event itself.
/// </summary>
public static class HypothesisFinder
{
    /// <summary>The hypotheses of a set, most claimed first, with ids "h1", "h2", ….</summary>
    public static IReadOnlyList<Hypothesis> Find(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Find(ClaimSet.Read(documents, findings, set), documents);
    }

    internal static IReadOnlyList<Hypothesis> Find(ClaimSet claims, IReadOnlyList<AnnotatedDocument> documents)
    {
        string noun = EventNoun(documents);
        var candidates = new List<(Hypothesis Hypothesis, int Count)>();

        // Responsibility: one candidate per family of agent keys.
        // "the X attack" supports a hypothesis but founds none: X may be the event's own name ("the Y Marathon bombing").
        var agentClaims = claims.Claims.Where(c => c.Kind == ClaimKind.Responsibility && !c.Presupposed)
            .SelectMany(c => c.Agents.Select(a => (Agent: a, Claim: c))).Where(x => !x.Agent.IsPronoun).ToList();
        var byKey = agentClaims.GroupBy(x => x.Agent.Key).ToDictionary(g => g.Key, g => g.ToList());
        var families = new List<List<string>>();
        foreach (string key in byKey.Keys.Order(StringComparer.Ordinal))
        {
            Entity? e = claims.Directory.ById(key);
            List<string>? family = e is null ? null : families.FirstOrDefault(f => f.Any(k => claims.Directory.ById(k) is { } o && EntityDirectory.IsBranchPair(e, o)));
            if (family is null)
            {
                families.Add([key]);
            }
            else
            {
                family.Add(key);
            }
        }

        foreach (List<string> family in families)
        {
            var members = family.SelectMany(k => byKey[k]).ToList();
            int count = members.Select(x => x.Claim).Distinct().Count();
            bool selfClaim = members.Any(x => x.Claim.Holder?.Key == x.Agent.Key && !x.Claim.Rejects);
            if (count < 2 && !selfClaim)
            {
                continue;
            }

            // The most specific name (a branch rather than its group) names the hypothesis.
            AgentMention agent = members.Select(x => x.Agent).OrderByDescending(a => a.Name.Length).ThenBy(a => a.Key, StringComparer.Ordinal).First();
            string? entityId = claims.Directory.ById(agent.Key) is null ? null : agent.Key;
            candidates.Add((new Hypothesis("", $"{agent.Name} carried out or had a hand in the {noun}", HypothesisKind.Responsibility, agent.Name, entityId, false), count));
        }

        foreach (IGrouping<string?, Claim> cause in claims.Claims.Where(c => c.Kind == ClaimKind.Cause).GroupBy(c => c.Cause))
        {
            if (cause.Count() >= 2)
            {
                string label = cause.Key!;
                candidates.Add((new Hypothesis("", $"{char.ToUpperInvariant(label[0])}{label[1..]} let the {noun} happen", HypothesisKind.Cause, label, null, false), cause.Count()));
            }
        }

        var flags = claims.Claims.Where(c => c.Kind == ClaimKind.FalseFlag).ToList();
        if (flags.Count > 0)
        {
            AgentMention? agent = flags.SelectMany(c => c.Agents).GroupBy(a => a.Key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.First()).FirstOrDefault();
            string text = agent is null ? $"The {noun} was a false flag operation" : $"The {noun} was a false flag operation of {agent.Name}";
            candidates.Add((new Hypothesis("", text, HypothesisKind.FalseFlag, agent?.Name, agent is not null && claims.Directory.ById(agent.Key) is not null ? agent.Key : null, false), flags.Count));
        }

        return [.. candidates.OrderByDescending(c => c.Count).ThenBy(c => c.Hypothesis.Text, StringComparer.Ordinal)
            .Select((c, i) => c.Hypothesis with { Id = "h" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })];
    }

    /// <summary>The event noun the set uses most ("attack").</summary>
    private static string EventNoun(IReadOnlyList<AnnotatedDocument> documents)
    {
        var lex = HypothesisLexicon.Instance;
        return documents.SelectMany(d => d.Sentences).SelectMany(s => s.Tokens)
            .Select(t => t.Text.ToLowerInvariant()).Where(w => lex.EventNouns.Contains(w) && !w.EndsWith('s'))
            .GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault() ?? "event";
    }
}
