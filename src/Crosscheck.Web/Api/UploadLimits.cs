using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;

namespace Crosscheck.Web.Api;

/// <summary>Limits of one upload request (each file is also held to the reader's own size limit).</summary>
public static class UploadLimits
{
    /// <summary>Files in one upload.</summary>
    public const int MaxFiles = 5;
}
