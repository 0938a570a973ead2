using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Store;

public sealed partial class CrosscheckStore
{
    private const string EditsSchema = """
        CREATE TABLE IF NOT EXISTS entity_edits (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
            entity TEXT NOT NULL,
            other TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """;

    /// <summary>Records a hand edit of the entity index; returns it with its id.</summary>
    public EntityEdit AddEntityEdit(string action, string entity, string other, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        ArgumentException.ThrowIfNullOrWhiteSpace(other);
        if (action is not (EntityEdit.Merge or EntityEdit.Split))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "an entity edit is a merge or a split");
        }

        Execute(EditsSchema);
        using SqliteCommand cmd = Command("INSERT INTO entity_edits(action, entity, other, created_at) VALUES ($a, $e, $o, $t) RETURNING id");
        string createdAt = at.ToString("o", CultureInfo.InvariantCulture);
        cmd.Parameters.AddWithValue("$a", action);
        cmd.Parameters.AddWithValue("$e", entity);
        cmd.Parameters.AddWithValue("$o", other);
        cmd.Parameters.AddWithValue("$t", createdAt);
        long id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        return new EntityEdit(id, action, entity, other, createdAt);
    }

    /// <summary>The hand edits of the entity index, oldest first.</summary>
    public IReadOnlyList<EntityEdit> EntityEdits()
    {
        Execute(EditsSchema);
        using SqliteCommand cmd = Command("SELECT id, action, entity, other, created_at FROM entity_edits ORDER BY id");
        var edits = new List<EntityEdit>();
        using SqliteDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            edits.Add(new EntityEdit(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)));
        }

        return edits;
    }

    /// <summary>Removes a hand edit (undo); false when there is no edit with that id.</summary>
    public bool RemoveEntityEdit(long id)
    {
        Execute(EditsSchema);
        using SqliteCommand cmd = Command("DELETE FROM entity_edits WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteNonQuery() > 0;
    }

    /// <summary>The input paths of the latest run, as they were given; empty when the store has no run.</summary>
    public IReadOnlyList<string> LatestRunInputs()
    {
        using SqliteCommand cmd = Command("SELECT inputs FROM runs ORDER BY finished_at DESC, rowid DESC LIMIT 1");
        return cmd.ExecuteScalar() is string json
            ? JsonSerializer.Deserialize(json, StoreJsonContext.Default.IReadOnlyListString) ?? []
            : [];
    }
}
