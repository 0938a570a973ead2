using System.Text.Json;

namespace Crosscheck.Reporting;

public static class JsonReportWriter
{
    public static string Write(Report report) => JsonSerializer.Serialize(report, ReportJsonContext.Default.Report);

    public static Report Read(string json) =>
        JsonSerializer.Deserialize(json, ReportJsonContext.Default.Report) ?? throw new InvalidDataException("report.json is empty");
}
