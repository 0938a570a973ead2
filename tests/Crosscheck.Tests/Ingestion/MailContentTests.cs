using System.Text;
using Crosscheck.Cleaning;
using Crosscheck.Ingestion;
using Crosscheck.Model;
using MimeKit;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ingestion;

/// <summary>Mail read with MimeKit: headers as metadata, what a mail adds around its text left out by the clean stage, attachments read as documents.</summary>
public sealed class MailContentTests
{
    private const string Article = "The harbour authority said on Tuesday that 14 cranes were idle after the storm.";
    private const string Second = "Dock workers were sent home until the power lines are repaired, a spokeswoman said.";

    private static MimeMessage Message(string subject, string body, string from = "Ana Vello <ana@wire.example.org>")
    {
        var message = new MimeMessage { Subject = subject, Date = new DateTimeOffset(2024, 5, 14, 9, 30, 0, TimeSpan.FromHours(2)) };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("desk@lists.example.org"));
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    private static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    private static (ReadResult Read, IReadOnlyList<Document> Clean) ReadAndClean(params string[] paths)
    {
        ReadResult read = new InputReader().Read(paths);
        return (read, new DocumentCleaner().Clean(read.Documents));
    }

    [Fact]
    public void Should_map_subject_date_and_sender_and_drop_quotes_signature_and_list_footer()
    {
        // Given a reply on a list: text, a quoted message with its "wrote:" line, a signature and the list's footer
        string body = $"""
            {Article}

            {Second}

            On Mon, 13 May 2024 at 18:02, Desk <desk@lists.example.org> wrote:
            > Any word on the cranes?
            > We heard 20 were damaged.

            -- 
            Ana Vello, harbour correspondent
            +00 555 0100

            _______________________________________________
            Harbour-desk mailing list
            Harbour-desk@lists.example.org
            https://lists.example.org/mailman/listinfo/harbour-desk
            """;
        using var dir = new IngestionTempFolder();
        string path = dir.WriteBytes("reply.eml", Bytes(Message("Cranes idle after storm", body)));

        // When it is read and cleaned
        (ReadResult read, IReadOnlyList<Document> clean) = ReadAndClean(path);

        // Then the headers are the metadata, and only the article's text is kept
        read.Problems.ShouldBeEmpty();
        SourceDocument source = read.Documents.ShouldHaveSingleItem();
        source.File.ShouldBe("reply.eml");
        source.Format.ShouldBe(SourceFormat.Email);
        source.Meta.Title.ShouldBe("Cranes idle after storm");
        source.Meta.Author.ShouldBe("Ana Vello");
        source.Meta.Published!.Date.ShouldBe(new PartialDate(2024, 5, 14));
        Document doc = clean.ShouldHaveSingleItem();
        doc.Title.ShouldBe("Cranes idle after storm");
        doc.Text.ShouldContain(Article);
        doc.Text.ShouldContain(Second);
        foreach (string gone in new[] { "wrote:", "Any word on the cranes?", "20 were damaged", "harbour correspondent", "555 0100", "mailing list", "listinfo" })
        {
            doc.Text.ShouldNotContain(gone);
        }

        doc.RemovedLines.ShouldContain("> We heard 20 were damaged.");
        doc.RemovedLines.ShouldContain("Ana Vello, harbour correspondent");
    }

    [Fact]
    public void Should_drop_the_message_below_an_original_message_line()
    {
        // Given a reply written above the message it answers, quoted without "> "
        string body = $"{Article}\n\n-----Original Message-----\nFrom: Desk\nSent: Monday\n\nHow many cranes are idle?\n";
        using var dir = new IngestionTempFolder();
        string path = dir.WriteBytes("answer.eml", Bytes(Message("Re: Cranes", body)));

        // When it is read and cleaned
        (_, IReadOnlyList<Document> clean) = ReadAndClean(path);

        // Then only the reply's own text is kept
        Document doc = clean.ShouldHaveSingleItem();
        doc.Text.ShouldContain(Article);
        doc.Text.ShouldNotContain("How many cranes are idle?");
        doc.RemovedLines.ShouldContain("How many cranes are idle?");
    }

    [Theory]
    [InlineData("\"Ana Vello\" <ana@wire.example.org>", "Ana Vello")]
    [InlineData("ana@wire.example.org (Ana Vello)", "Ana Vello")]
    [InlineData("ana@wire.example.org", "ana@wire.example.org")]
    [InlineData("=?utf-8?Q?Ren=C3=A9e_Vello?= <renee@wire.example.org>", "Renée Vello")]
    public void Should_take_the_sender_name_from_the_from_header(string from, string author)
    {
        // Given a message from this sender
        using var dir = new IngestionTempFolder();
        string path = dir.Write("m.eml", $"From: {from}\nSubject: Re: [Desk] Harbour\nDate: Tue, 14 May 2024 09:30:00 +0200\n\n{Article}\n");

        // When it is read
        SourceDocument doc = new InputReader().Read([path]).Documents.ShouldHaveSingleItem();

        // Then the author is the display name (or the address), the title has neither the list tag nor "Re:"
        doc.Meta.Author.ShouldBe(author);
        doc.Meta.Title.ShouldBe("Harbour");
        doc.Meta.Outlet.ShouldBe("Desk");
    }

    [Fact]
    public void Should_keep_quote_marks_and_dashes_in_documents_that_are_not_mail()
    {
        // Given the same lines in a plain text file
        using var dir = new IngestionTempFolder();
        string path = dir.Write("notes.txt", $"{Article}\n\n> {Second}\n\n--\n\nThe port reopened at noon, the authority said.\n");

        // When it is read and cleaned
        (_, IReadOnlyList<Document> clean) = ReadAndClean(path);

        // Then the mail rule does not apply
        clean.ShouldHaveSingleItem().Text.ShouldContain(Second);
        clean.Single().Text.ShouldContain("The port reopened at noon");
    }

    [Fact]
    public void Should_keep_the_text_of_a_forwarded_article_without_its_forward_headers()
    {
        // Given a mail forwarding an article, with a short note above it
        string body = $"""
            See below, for the harbour file.

            ---------- Forwarded message ---------
            From: Wire Desk <wire@example.com>
            Date: Tue, 14 May 2024 at 08:00
            Subject: Storm closes harbour
            To: <ana@wire.example.org>

            {Article}

            {Second}
            """;
        using var dir = new IngestionTempFolder();
        string path = dir.WriteBytes("fwd.eml", Bytes(Message("Fwd: Storm closes harbour", body)));

        // When it is read and cleaned
        (ReadResult read, IReadOnlyList<Document> clean) = ReadAndClean(path);

        // Then the forwarded text is kept and the forward's header lines are not
        read.Problems.ShouldBeEmpty();
        read.Documents.ShouldHaveSingleItem().Meta.Title.ShouldBe("Storm closes harbour");
        Document doc = clean.ShouldHaveSingleItem();
        doc.Text.ShouldContain(Article);
        doc.Text.ShouldContain(Second);
        doc.Text.ShouldNotContain("Forwarded message");
        doc.Text.ShouldNotContain("wire@example.com");
        doc.RemovedLines.ShouldContain("Subject: Storm closes harbour");
    }

    [Fact]
    public void Should_read_an_mbox_of_three_messages_as_three_documents_named_by_position()
    {
        // Given an mbox of three messages written by MimeKit, one with a body line that mbox writers quote
        var mbox = new StringBuilder();
        string[] subjects = ["Storm closes harbour", "Cranes idle after storm", "Harbour reopens"];
        for (int i = 0; i < 3; i++)
        {
            string body = $"Report {i + 1}: {Article}\n\nFrom the quay, {Second}\n";
            string text = Encoding.UTF8.GetString(Bytes(Message(subjects[i], body))).Replace("\nFrom the quay", "\n>From the quay", StringComparison.Ordinal);
            mbox.Append($"From ana@wire.example.org Tue May 14 09:3{i}:00 2024\n").Append(text.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        }

        using var dir = new IngestionTempFolder();
        string path = dir.Write("harbour.mbox", mbox.ToString());

        // When it is read
        ReadResult read = new InputReader().Read([path]);

        // Then each message is a document, in order, with its own subject and its ">From " unquoted
        read.Problems.ShouldBeEmpty();
        read.Documents.Select(d => d.File).ShouldBe(["harbour.mbox#1", "harbour.mbox#2", "harbour.mbox#3"]);
        read.Documents.Select(d => d.Meta.Title).ShouldBe(subjects);
        read.Documents[2].Text.ShouldStartWith("Report 3: " + Article);
        read.Documents[2].Text.ShouldContain("\nFrom the quay, ");
    }

    [Fact]
    public void Should_name_a_file_that_is_not_mail_and_read_the_others()
    {
        // Given a .eml file that holds no message, and a good one beside it
        using var dir = new IngestionTempFolder();
        dir.Write("broken.eml", "just some words\nwith no header at all\n");
        dir.WriteBytes("good.eml", Bytes(Message("Storm closes harbour", Article)));

        // When the folder is read
        ReadResult read = new InputReader().Read([dir.Path]);

        // Then the broken file is named with the reason and the good one is a document
        InputProblem problem = read.Problems.ShouldHaveSingleItem();
        problem.File.ShouldBe("broken.eml");
        problem.Reason.ShouldContain("not an e-mail message");
        read.Documents.ShouldHaveSingleItem().Meta.Title.ShouldBe("Storm closes harbour");
    }

    [Fact]
    public void Should_read_an_html_only_mail_built_with_mimekit()
    {
        // Given a mail whose only body is HTML
        MimeMessage message = Message("Harbour reopens", "");
        message.Body = new TextPart("html") { Text = $"<html><body><p>{Article}</p><p>{Second}</p></body></html>" };
        using var dir = new IngestionTempFolder();
        string path = dir.WriteBytes("html.eml", Bytes(message));

        // When it is read
        ReadResult read = new InputReader().Read([path]);

        // Then its paragraphs are the text, without markup
        read.Problems.ShouldBeEmpty();
        read.Documents.ShouldHaveSingleItem().Text.ShouldBe($"{Article}\n{Second}");
    }

    [Fact]
    public void Should_read_a_pdf_attachment_as_a_document_and_name_an_attachment_it_cannot_read()
    {
        // Given a mail with a PDF statement and a photo attached
        var builder = new BodyBuilder { TextBody = Article };
        builder.Attachments.Add("statement.pdf", DocumentFileTests.Pdf(), new ContentType("application", "pdf"));
        builder.Attachments.Add("crane.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], new ContentType("image", "jpeg"));
        MimeMessage message = Message("Statement attached", "");
        message.Body = builder.ToMessageBody();
        using var dir = new IngestionTempFolder();
        string path = dir.WriteBytes("with-files.eml", Bytes(message));

        // When it is read
        ReadResult read = new InputReader().Read([path]);

        // Then the mail and its PDF are documents, and the photo is named in a note
        read.Problems.ShouldBeEmpty();
        read.Documents.Select(d => d.File).ShouldBe(["with-files.eml", "with-files.eml#statement.pdf"]);
        read.Documents[0].Text.ShouldBe(Article);
        read.Documents[1].Format.ShouldBe(SourceFormat.Pdf);
        read.Documents[1].Text.ShouldContain("The council approved the budget on Tuesday");
        InputProblem note = read.Notes.ShouldHaveSingleItem();
        note.File.ShouldBe("with-files.eml");
        note.Reason.ShouldContain("\"crane.jpg\" (image/jpeg)");
    }

    [Fact]
    public void Should_name_a_broken_attachment_and_keep_the_mail()
    {
        // Given a mail with an attachment that claims to be a PDF and is not one
        var builder = new BodyBuilder { TextBody = Article };
        builder.Attachments.Add("broken.pdf", "%PDF-1.4\nnot really\n"u8.ToArray(), new ContentType("application", "pdf"));
        MimeMessage message = Message("Broken file", "");
        message.Body = builder.ToMessageBody();
        using var dir = new IngestionTempFolder();
        string path = dir.WriteBytes("mail.eml", Bytes(message));

        // When it is read
        ReadResult read = new InputReader().Read([path]);

        // Then the mail is a document and the attachment is a problem under its own name
        read.Documents.ShouldHaveSingleItem().File.ShouldBe("mail.eml");
        read.Problems.ShouldHaveSingleItem().File.ShouldBe("mail.eml#broken.pdf");
    }
}
