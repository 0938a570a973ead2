namespace Crosscheck.Model;

/// <summary>How the report, the store and the case file spell enum values: "MoreThan" → "more_than".</summary>
public static class SnakeCase
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
