using Crosscheck.Ingestion;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ingestion;

public sealed class MailTests
{
    private const string TwoMessageMbox = """
        From alerts@wire.example.org Mon Mar 25 08:00:00 2024
        Return-Path: <alerts@wire.example.org>
        From: "Maria Lopez" <maria.lopez@wire.example.org>
        To: newsroom@lists.example.org
        Subject: [Newsroom] Bridge collapse: officials
         revise toll
        Date: Mon, 25 Mar 2024 07:58:12 +0100
        List-Id: <newsroom.lists.example.org>
        Message-ID: <a1@wire.example.org>

        Officials said on Monday that 12 people were killed when the bridge collapsed.
        
        >From the scene, rescuers reported that the search continues.

        From desk@paper.example.com Tue Mar 26 09:30:00 2024
        From: =?utf-8?Q?Ren=C3=A9e_Dupont?= <renee@paper.example.com>
        Subject: =?utf-8?B?Q2Fmw6kgb3duZXJz?= =?utf-8?Q?_speak_out?=
        Date: Tue, 26 Mar 2024 23:15:00 -0500
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="outer"

        This is a multi-part message in MIME format.
        --outer
        Content-Type: multipart/alternative; boundary=inner

        --inner
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: quoted-printable

        The caf=C3=A9 owner said: =E2=80=9CWe heard a loud bang.=E2=80=9D Witnesses =
        counted at least 40 injured.
        --inner
        Content-Type: text/html; charset=utf-8
        Content-Transfer-Encoding: base64

        PHA+VGhlIGNhZsOpIG93bmVyIHNhaWQgc29tZXRoaW5nIGVsc2UuPC9wPg==
        --inner--
        --outer
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: base64
        Content-Disposition: inline

        UG9saWNlIGRldGFpbmVkIHR3byBzdXNwZWN0cyBsYXRlciB0aGF0IGRheS4=
        --outer
        Content-Type: application/pdf; name="report.pdf"
        Content-Disposition: attachment; filename="report.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQK
        --outer--

        """;

    [Fact]
    public void Should_read_each_message_of_an_mbox_with_its_metadata()
    {
        // Given an mbox with a plain message and a multipart one
        using var dir = new IngestionTempFolder();
        string path = dir.Write("list.mbox", TwoMessageMbox);

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then each message is a document named by its position, with its headers as metadata (the attached "PDF" is nine bytes of header: a problem of its own)
        result.Problems.ShouldHaveSingleItem().File.ShouldBe("list.mbox#2#report.pdf");
        result.Documents.Count.ShouldBe(2);
        SourceDocument first = result.Documents[0];
        first.File.ShouldBe("list.mbox#1");
        first.Format.ShouldBe(SourceFormat.Email);
        first.Meta.Title.ShouldBe("Bridge collapse: officials revise toll");
        first.Meta.Author.ShouldBe("Maria Lopez");
        first.Meta.Published!.Date.ShouldBe(new PartialDate(2024, 3, 25));
        first.Meta.Outlet.ShouldBe("Newsroom");
        first.Text.ShouldBe("Officials said on Monday that 12 people were killed when the bridge collapsed.\n\nFrom the scene, rescuers reported that the search continues.");

        SourceDocument second = result.Documents[1];
        second.File.ShouldBe("list.mbox#2");
        second.Meta.Title.ShouldBe("Café owners speak out");
        second.Meta.Author.ShouldBe("Renée Dupont");
        second.Meta.Published!.Date.ShouldBe(new PartialDate(2024, 3, 26));
        second.Text.ShouldBe("The café owner said: “We heard a loud bang.” Witnesses counted at least 40 injured.\n\nPolice detained two suspects later that day.");
    }

    [Fact]
    public void Should_use_the_html_part_when_a_message_has_no_plain_text()
    {
        // Given a message whose only text is base64 HTML with a declared charset
        using var dir = new IngestionTempFolder();
        string html = "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><p>First paragraph.</p><p>Second paragraph é.</p></body></html>";
        string b64 = Convert.ToBase64String(System.Text.Encoding.GetEncoding("iso-8859-1").GetBytes(html));
        string eml = $"From: desk@example.org\r\nTo: a@example.org\r\nSubject: HTML only\r\nContent-Type: text/html; charset=\"iso-8859-1\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64}\r\n";
        string path = dir.Write("note.eml", eml);

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then the HTML is reduced to its paragraphs, one per line
        result.Problems.ShouldBeEmpty();
        result.Documents.Single().Text.ShouldBe("First paragraph.\nSecond paragraph é.");
        result.Documents.Single().Meta.Author.ShouldBe("desk@example.org");
        result.Documents.Single().File.ShouldBe("note.eml");
    }

    [Fact]
    public void Should_report_a_message_cut_off_in_its_headers_and_keep_the_others()
    {
        // Given an mbox whose last message stops in the middle of its headers
        using var dir = new IngestionTempFolder();
        string mbox = TwoMessageMbox + "From cut@example.org Wed Mar 27 10:00:00 2024\nFrom: Cut Off <cut@example.org>\nSubject: This message was trunc";
        string path = dir.Write("archive.mbox", mbox);

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then the complete messages are documents and the cut one is a problem
        result.Documents.Count.ShouldBe(2);
        result.Problems.ShouldContain(new InputProblem("archive.mbox#3", "message is cut off in its headers, skipped"));
        result.Problems.Select(p => p.File).ShouldBe(["archive.mbox#3", "archive.mbox#2#report.pdf"], ignoreOrder: true);
    }

    [Fact]
    public void Should_keep_the_text_of_a_message_cut_off_inside_its_mime_body_and_say_so()
    {
        // Given an mbox whose last message loses its closing boundary
        using var dir = new IngestionTempFolder();
        string cut = TwoMessageMbox[..TwoMessageMbox.IndexOf("--inner\nContent-Type: text/html", StringComparison.Ordinal)];
        string path = dir.Write("cut.mbox", cut);

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then the text read before the cut is kept, and a problem names the message
        result.Documents.Count.ShouldBe(2);
        result.Documents[1].Text.ShouldStartWith("The café owner said");
        InputProblem problem = result.Problems.ShouldHaveSingleItem();
        problem.File.ShouldBe("cut.mbox#2");
        problem.Reason.ShouldContain("cut off inside its MIME body");
    }
}
