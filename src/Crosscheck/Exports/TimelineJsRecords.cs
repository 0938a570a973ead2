using System.Text.Json.Serialization;

namespace Crosscheck.Exports;

// TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html), the parts Crosscheck fills.

/// <summary>The whole timeline: a title slide and the events.</summary>
public sealed record TimelineJsDocument(TimelineJsSlide Title, IReadOnlyList<TimelineJsEvent> Events);

public sealed record TimelineJsSlide(TimelineJsText Text);

/// <param name="Text">The headline (what happened) and the HTML text: each source sentence with a link to it.</param>
public sealed record TimelineJsEvent(
    [property: JsonPropertyName("start_date")] TimelineJsDate StartDate,
    TimelineJsText Text,
    [property: JsonPropertyName("unique_id")] string UniqueId);

/// <summary>A date at the precision known: the year always, month and day when the text gives them.</summary>
public sealed record TimelineJsDate(int Year, int? Month, int? Day);

public sealed record TimelineJsText(string Headline, string Text);
