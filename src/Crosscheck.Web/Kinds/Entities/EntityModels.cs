using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;
using Crosscheck.Store;
using Crosscheck.Web.Workspace;

using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;

namespace Crosscheck.Web.Kinds.Entities;

// The entities records of the JSON API (snake_case, like report.json); each finding carries `href`.

public sealed record EntityIndex(IReadOnlyList<EntityView> Entities, IReadOnlyList<EntityEdit> Edits);

/// <param name="EditVersion">The version of the entity's name in the store's hand edits (raised by each edit and undo that names it): send it back with an edit so that an edit made meanwhile by someone else is not overruled.</param>
public sealed record EntityView(string Id, string Name, string Type, IReadOnlyList<string> Aliases, int Mentions, IReadOnlyList<EntityDocCount> PerDocument, long EditVersion = 0);

/// <param name="Href">The entity's first mention in that document.</param>
public sealed record EntityDocCount(string Doc, int DocNumber, int Mentions, string Href);

/// <summary>
/// A merge ("merge this entity into that one") or a split ("take this alias out as its own entity"). With the
/// <see cref="EntityView.EditVersion"/>s the client saw, the edit is refused (409, naming the other edit) when either
/// name was edited since; without them it is added whatever came before.
/// </summary>
public sealed record EntityEditRequest(string Entity, string Other, long? EntityVersion = null, long? OtherVersion = null);
