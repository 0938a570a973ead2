using Crosscheck.Kinds.Hypotheses.Propositions;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Hypotheses;

/// <summary>The denial cues and whose voice a denial is in, sentence by sentence (invented sentences).</summary>
public sealed class PropositionReaderTests
{
    [Theory]
    [InlineData("The claim is entirely false.", 1.0)]
    [InlineData("The video was staged, a witness says.", 1.0)]
    [InlineData("The story is being widely disputed.", 1.0)]
    [InlineData("The minister rejected the report as baseless.", 1.0)]
    [InlineData("Freaky? Yes, but it's also not plausible.", 1.0)]
    [InlineData("The figure remains unconfirmed.", 0.5)]
    [InlineData("Protesters staged a sit-in outside the ministry.", 0.0)]
    [InlineData("The club rejected a bid of $5 million for the player.", 0.0)]
    [InlineData("The band was accused of a false start at the concert.", 1.0)]
    [InlineData("His mind is made up and that's that.", 0.0)]
    [InlineData("A mass grave with an unconfirmed number of bodies was found.", 0.0)]
    [InlineData("The court denied bail to the two suspects.", 0.0)]
    public void Should_weigh_a_sentence_by_its_denial_cue(string sentence, double weight)
    {
        PropositionLexicon.Instance.Denial(sentence).Weight.ShouldBe(weight);
    }
}

/// <summary>Contrary predicates: a sentence that takes the other side of a pair than the claim contradicts it without a word of denial.</summary>
public sealed class ContraryPredicateTests
{
    [Theory]
    [InlineData("The singer will star in the new musical, the producers said.", "The singer has withdrawn from the new musical.", true)]
    [InlineData("The aid worker was captured by the militia on Sunday.", "The aid worker is unharmed and with her unit, officials said.", true)]
    [InlineData("The pilot was killed when the plane came down.", "The pilot survived the crash with minor injuries.", true)]
    [InlineData("The pilot was killed when the plane came down.", "The pilot was killed instantly, the coroner said.", false)]
    [InlineData("The singer will star in the new musical.", "Tickets for the new musical went on sale on Monday.", false)]
    [InlineData("The singer tore up a contract that would have paid him to play 35 concerts.", "The singer walked away from the tour, a newspaper said.", false)]
    [InlineData("The band will play a reunion tour next year.", "The promoter pulled out all the stops for the reunion.", false)]
    [InlineData("The band will play a reunion tour next year.", "The drummer pulled out of the reunion tour.", true)]
    public void Should_tell_when_a_sentence_takes_the_other_side_of_a_claim(string claim, string sentence, bool contradicts)
    {
        var lex = PropositionLexicon.Instance;
        var c = lex.ContrarySides(claim).Select(x => (x.Pair, x.Side)).ToHashSet();
        var s = lex.ContrarySides(sentence).Select(x => (x.Pair, x.Side)).ToHashSet();

        bool found = s.Any(x => c.Contains((x.Pair, 1 - x.Side)) && !c.Contains(x) && !s.Contains((x.Pair, 1 - x.Side)));

        found.ShouldBe(contradicts);
    }
}

/// <summary>A counterclaim states one proposition: of clauses joined in contrast, the one that denies the claim.</summary>
public sealed class DenyingClauseTests
{
    private const string Claim = "The aid worker Tomas Ilves was killed during a failed rescue attempt, his brother said.";

    [Fact]
    public void Should_keep_the_clause_that_takes_the_contrary_of_the_claim()
    {
        PropositionSet.DenyingClause(
            "The aid worker held in Varnia has been freed, according to the defence ministry, however his brother has received word of his death.", Claim)
            .ShouldBe("The aid worker held in Varnia has been freed, according to the defence ministry.");
    }

    [Fact]
    public void Should_keep_the_clause_with_a_denial_cue()
    {
        PropositionSet.DenyingClause("Officials confirmed the raid took place, but they denied that the hostage was killed.", Claim)
            .ShouldBe("they denied that the hostage was killed.");
    }

    [Fact]
    public void Should_keep_the_whole_sentence_without_a_contrast_or_when_both_clauses_deny()
    {
        const string plain = "The ministry said the aid worker had been freed unharmed.";
        PropositionSet.DenyingClause(plain, Claim).ShouldBe(plain);
        const string both = "The ministry denied the report, but the family also said he was released.";
        PropositionSet.DenyingClause(both, Claim).ShouldBe(both);
    }
}

/// <summary>What a denial says is false, when it names it by a content clause (invented sentences).</summary>
public sealed class DeniedContentTests
{
    [Theory]
    [InlineData("A rumor that the mayor sold the harbour land to a developer has been called \"nonsense\" by his office.", "the mayor sold the harbour land to a developer.")]
    [InlineData("A story that ran in a local paper suggesting that the striker signed a secret contract is false, according to the club.", "the striker signed a secret contract.")]
    [InlineData("Reports that the festival lost two million dollars turn out to be exaggerated.", "the festival lost two million dollars.")]
    [InlineData("The ministry denied that its troops had crossed the river, a spokesman said.", "its troops had crossed the river.")]
    [InlineData("The club's press officer dismissed as rubbish a report that the coach resigned after the final.", "the coach resigned after the final.")]
    public void Should_read_the_proposition_a_denial_names(string sentence, string content)
    {
        PropositionLexicon.Instance.DeniedContent(sentence).ShouldBe(content);
    }

    [Theory]
    [InlineData("A witness told the radio station that the whole scene appeared to be staged.")]
    [InlineData("The claim is false.")]
    [InlineData("The mayor sold the harbour land to a developer last spring.")]
    [InlineData("Officials said the figure is not accurate.")]
    public void Should_name_no_content_where_the_denial_names_none(string sentence)
    {
        // A that-clause after a finite verb of saying is the speaker's own statement (here the denial itself), not what is denied.
        PropositionLexicon.Instance.DeniedContent(sentence).ShouldBeNull();
    }
}

/// <summary>Negation belongs to the clause it stands in (invented sentences).</summary>
public sealed class NegatedClauseTests
{
    internal static PropositionSentence Read(string text)
    {
        var document = new Crosscheck.Model.Document { Id = "d1", File = "d1.txt", Format = Crosscheck.Model.SourceFormat.PlainText, Text = text };
        var view = new Crosscheck.Kinds.Hypotheses.ArticleView(Crosscheck.Annotation.TextAnnotator.Annotate(document), new Crosscheck.Model.DocumentFindings("d1"),
            new Crosscheck.Kinds.Hypotheses.EntityDirectory([]));
        return PropositionReader.Read(view, []).Single();
    }

    [Fact]
    public void Should_keep_apart_a_negated_clause_and_the_clause_that_states_a_fact()
    {
        PropositionSentence s = Read("The concert series at the old stadium will never happen — because the promoter cancelled the contract with the orchestra last week.");

        s.Negated.ShouldBeTrue();
        s.NegatedClauses.ShouldNotBeNull();
        s.NegatedClauses.Value.Plain.Keys.ShouldContain("cancell");
        s.NegatedClauses.Value.Negated.Keys.ShouldNotContain("cancell");
    }

    [Theory]
    [InlineData("There have been several reports of the militia shelling the northern villages, however none had been confirmed.")]
    [InlineData("The promoter did not cancel the contract with the orchestra last week.")]
    public void Should_negate_the_whole_sentence_when_the_negation_names_nothing_of_its_own(string text)
    {
        PropositionSentence s = Read(text);

        s.Negated.ShouldBeTrue();
        s.NegatedClauses.ShouldBeNull();
    }
}

/// <summary>A denial under a negation of its own clause asserts (invented sentences).</summary>
public sealed class NegatedDenialTests
{
    [Theory]
    [InlineData("The mayor does not seem like a man prone to wild exaggerations.", 0.0)]
    [InlineData("The ministry did not deny the report on Monday.", 0.0)]
    [InlineData("The figures are not exaggerated, the auditor said.", 0.0)]
    [InlineData("The ministry has not commented, but the report is false.", 1.0)]
    [InlineData("There is no doubt the letter was fabricated.", 1.0)]
    [InlineData("The story never happened.", 1.0)]
    [InlineData("The senator does not seem like a careless man or one prone to wild exaggerations.", 0.0)]
    [InlineData("The ministry did not comment and its spokesman called the report false.", 1.0)]
    public void Should_cancel_a_denial_cue_its_clause_negates(string sentence, double weight)
    {
        PropositionLexicon.Instance.Denial(sentence).Weight.ShouldBe(weight);
    }
}

/// <summary>A short answer takes its predicate from the question before it (invented sentences).</summary>
public sealed class EllipticalAnswerTests
{
    private static IReadOnlyList<PropositionSentence> ReadAll(string text)
    {
        var document = new Crosscheck.Model.Document { Id = "d1", File = "d1.txt", Format = Crosscheck.Model.SourceFormat.PlainText, Text = text };
        var view = new Crosscheck.Kinds.Hypotheses.ArticleView(Crosscheck.Annotation.TextAnnotator.Annotate(document), new Crosscheck.Model.DocumentFindings("d1"),
            new Crosscheck.Kinds.Hypotheses.EntityDirectory([]));
        return PropositionReader.Read(view, []);
    }

    [Fact]
    public void Should_read_a_short_no_after_a_question_of_truth_as_the_writer_s_denial()
    {
        var read = ReadAll("The senator said the rebels had crossed the river. I asked the ministry if the senator's remarks were true. They weren't.");

        read.Count.ShouldBe(2);
        read[1].Text.ShouldEndWith("They weren't.");
        read[1].OwnDenial.ShouldBeTrue();
    }

    [Fact]
    public void Should_not_read_a_short_no_after_any_other_sentence_as_a_denial()
    {
        var read = ReadAll("The senator said the rebels had crossed the river. I asked the ministry for the figures. They weren't.");

        read.ShouldAllBe(s => s.Denial == 0);
    }
}

/// <summary>Whose voice a denial is in: an active verb of denying, progressive included, is its subject's act (invented sentences).</summary>
public sealed class ReportedDenialTests
{
    [Theory]
    [InlineData("The interior ministry is denying a lawmaker's assertion that troops crossed the northern river.", true)]
    [InlineData("The interior ministry denied a lawmaker's assertion that troops crossed the northern river.", true)]
    [InlineData("The lawmaker's assertion that troops crossed the northern river is being widely disputed.", false)]
    [InlineData("The ministry's spokesman later debunked the lawmaker's assertion in a radio interview.", false)]
    [InlineData("The ministry's spokesman sought to debunk the lawmaker's assertion in a radio interview.", true)]
    public void Should_tell_someone_else_s_denial_from_the_writer_s(string sentence, bool reported)
    {
        NegatedClauseTests.Read(sentence).DenialReported.ShouldBe(reported);
    }
}

/// <summary>A noun that classes a statement as false denies only as a predicate (invented sentences).</summary>
public sealed class DenialNounTests
{
    [Theory]
    [InlineData("The clip was a prank, the channel's owner admitted.", 1.0)]
    [InlineData("Experts have exposed the letter as a fabrication.", 1.0)]
    [InlineData("A hoax, the council said of the flyer.", 1.0)]
    [InlineData("It's just a scam to collect donations.", 1.0)]
    [InlineData("Thinking the two men were about to shoot a prank video, the driver stopped to watch.", 0.0)]
    [InlineData("Instead of a prank, the driver says the two men were working together.", 0.0)]
    public void Should_take_a_falsity_noun_as_a_denial_only_when_it_is_predicated(string sentence, double weight)
    {
        PropositionLexicon.Instance.Denial(sentence).Weight.ShouldBe(weight);
    }
}
