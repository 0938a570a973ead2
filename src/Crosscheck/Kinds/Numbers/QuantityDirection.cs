namespace Crosscheck.Kinds.Numbers;

/// <summary>Whether a quantity is written as a change: a rise ("rose 5%", "up $2", "+0.3%") or a fall ("fell by 1%", "down 2.3%").</summary>
public enum QuantityDirection
{
    /// <summary>Not written as a change (or the change is not said).</summary>
    None,

    /// <summary>A rise by the amount.</summary>
    Up,

    /// <summary>A fall by the amount.</summary>
    Down,
}
