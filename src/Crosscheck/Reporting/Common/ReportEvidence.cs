// Report records shared by several finding kinds.

namespace Crosscheck.Reporting.Common;

public sealed record ReportEvidence(string Text, int Start, int End);
