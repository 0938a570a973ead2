namespace Crosscheck.Cli;

/// <summary>A parsed command line: positional arguments, options with values, and flags.</summary>
public sealed record Arguments(IReadOnlyList<string> Positional, IReadOnlyDictionary<string, List<string>> Options, IReadOnlySet<string> Flags)
{
    /// <summary>Parses "--name value" options (those in <paramref name="valued"/>) and "--flag" flags.</summary>
    public static Arguments Parse(IEnumerable<string> args, IReadOnlySet<string> valued, out string? error)
    {
        error = null;
        var positional = new List<string>();
        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        using IEnumerator<string> e = args.GetEnumerator();
        while (e.MoveNext())
        {
            string a = e.Current;
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                string name = a[2..];
                string? inline = null;
                int eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    inline = name[(eq + 1)..];
                    name = name[..eq];
                }

                if (valued.Contains(name))
                {
                    if (inline is null && !e.MoveNext())
                    {
                        error = $"option --{name} needs a value";
                        break;
                    }

                    (options.TryGetValue(name, out List<string>? list) ? list : options[name] = []).Add(inline ?? e.Current);
                }
                else
                {
                    flags.Add(name);
                }
            }
            else
            {
                positional.Add(a);
            }
        }

        return new Arguments(positional, options, flags);
    }

    /// <summary>The value of an option given once (the last one when repeated), or null.</summary>
    public string? Option(string name) => Options.TryGetValue(name, out List<string>? v) ? v[^1] : null;

    /// <summary>Every value of a repeatable option, in command-line order (empty when absent).</summary>
    public IReadOnlyList<string> All(string name) => Options.TryGetValue(name, out List<string>? v) ? v : [];
}
