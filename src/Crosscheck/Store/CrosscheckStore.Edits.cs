using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Crosscheck.Store;

/// <summary>
/// The analysts' hand edits of the entity index, with optimistic concurrency: every entity name an edit touches has
/// a version (table <c>edit_versions</c>, one row per name) that each edit and each undo raises by one. An analyst's
/// edit made with the versions they saw (<see cref="TryAddEntityEdit"/>) is saved only if no one changed those names
/// since; otherwise nothing is written and the result names the change that came first. Edits are only ever added
/// or undone, never overwritten.
/// </summary>
public sealed partial class CrosscheckStore
{
    /// <summary>Records a hand edit of the entity index whatever was edited before; returns it with its id.</summary>
    public EntityEdit AddEntityEdit(string action, string entity, string other, DateTimeOffset at) =>
        Record(action, entity, other, at, seen: null).Edit!;

    /// <summary>
    /// Records a hand edit made on a view of the entities at the versions <paramref name="seen"/> (from <see cref="EditVersion"/>):
    /// saved when both names are still at those versions (a null version is not checked), else not saved, with the conflicts.
    /// </summary>
    public EntityEditResult TryAddEntityEdit(string action, string entity, string other, DateTimeOffset at, EntityEditBasis seen)
    {
        ArgumentNullException.ThrowIfNull(seen);
        return Record(action, entity, other, at, seen);
    }

    /// <summary>The version of an entity name's edits: 0 until an edit or undo touches it, then one more with each.</summary>
    public long EditVersion(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        using DbCommand cmd = Command("SELECT version FROM edit_versions WHERE subject = @subject");
        Add(cmd, "@subject", EditSubject.OfEntity(name));
        return cmd.ExecuteScalar() is { } found and not DBNull ? Convert.ToInt64(found, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The versions of the given names (0 for a name never edited), by name.</summary>
    public IReadOnlyDictionary<string, long> EditVersions(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var byKey = new Dictionary<string, long>(StringComparer.Ordinal);
        using (DbCommand cmd = Command("SELECT subject, version FROM edit_versions"))
        using (DbDataReader r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                byKey[r.GetString(0)] = r.GetInt64(1);
            }
        }

        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (string name in names)
        {
            versions[name] = byKey.GetValueOrDefault(EditSubject.OfEntity(name));
        }

        return versions;
    }

    /// <summary>The hand edits of the entity index, oldest first.</summary>
    public IReadOnlyList<EntityEdit> EntityEdits()
    {
        using DbCommand cmd = Command("SELECT id, action, entity, other, created_at FROM entity_edits ORDER BY id");
        var edits = new List<EntityEdit>();
        using DbDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            edits.Add(new EntityEdit(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)));
        }

        return edits;
    }

    /// <summary>Removes a hand edit (undo) and raises the versions of the names it touched; false when there is no edit with that id.</summary>
    public bool RemoveEntityEdit(long id)
    {
        using DbTransaction tx = _connection.BeginTransaction();
        using DbCommand delete = Command("DELETE FROM entity_edits WHERE id = @id RETURNING action, entity, other, created_at", tx);
        Add(delete, "@id", id, DbType.Int64);
        EntityEdit removed;
        using (DbDataReader r = delete.ExecuteReader())
        {
            if (!r.Read())
            {
                return false;
            }

            removed = new EntityEdit(id, r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3));
        }

        foreach (EditSubject subject in EditSubject.Of(removed, seen: null))
        {
            Bump(tx, subject, $"undo of {removed.Describe()} (edit #{id})");
        }

        tx.Commit();
        return true;
    }

    /// <summary>The input paths of the latest run, as they were given; empty when the store has no run.</summary>
    public IReadOnlyList<string> LatestRunInputs()
    {
        using DbCommand cmd = Command($"SELECT inputs FROM runs ORDER BY finished_at DESC, {_backend.InsertionOrder} DESC LIMIT 1");
        return cmd.ExecuteScalar() is string json
            ? JsonSerializer.Deserialize(json, StoreJsonContext.Default.IReadOnlyListString) ?? []
            : [];
    }

    private EntityEditResult Record(string action, string entity, string other, DateTimeOffset at, EntityEditBasis? seen)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        ArgumentException.ThrowIfNullOrWhiteSpace(other);
        if (action is not (EntityEdit.Merge or EntityEdit.Split))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "an entity edit is a merge or a split");
        }

        using DbTransaction tx = _connection.BeginTransaction();
        using DbCommand insert = Command("INSERT INTO entity_edits(action, entity, other, created_at) VALUES (@a, @e, @o, @t) RETURNING id", tx);
        string createdAt = at.ToString("o", CultureInfo.InvariantCulture);
        Add(insert, "@a", action);
        Add(insert, "@e", entity);
        Add(insert, "@o", other);
        Add(insert, "@t", createdAt);
        var edit = new EntityEdit(Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture), action, entity, other, createdAt);

        var conflicts = new List<EditConflict>();
        foreach (EditSubject subject in EditSubject.Of(edit, seen))
        {
            if (!Bump(tx, subject, $"{edit.Describe()} (edit #{edit.Id}, {createdAt})"))
            {
                conflicts.Add(Conflict(tx, subject));
            }
        }

        if (conflicts.Count > 0)
        {
            tx.Rollback();
            return new EntityEditResult(null, conflicts, edit.Describe());
        }

        tx.Commit();
        return new EntityEditResult(edit, [], edit.Describe());
    }

    /// <summary>Raises a name's version, if it is still the one the analyst saw; false when it is not (nothing changed).</summary>
    private bool Bump(DbTransaction tx, EditSubject subject, string change)
    {
        using DbCommand ensure = Command("INSERT INTO edit_versions(subject, version, last_change) VALUES (@subject, 0, '') ON CONFLICT(subject) DO NOTHING", tx);
        Add(ensure, "@subject", subject.Key);
        ensure.ExecuteNonQuery();

        using DbCommand bump = Command("""
            UPDATE edit_versions SET version = version + 1, last_change = @change
            WHERE subject = @subject AND (@expected IS NULL OR version = @expected)
            """, tx);
        Add(bump, "@change", change);
        Add(bump, "@subject", subject.Key);
        Add(bump, "@expected", subject.Seen, DbType.Int64);
        return bump.ExecuteNonQuery() == 1;
    }

    private EditConflict Conflict(DbTransaction tx, EditSubject subject)
    {
        using DbCommand read = Command("SELECT version, last_change FROM edit_versions WHERE subject = @subject", tx);
        Add(read, "@subject", subject.Key);
        using DbDataReader r = read.ExecuteReader();
        r.Read();
        return new EditConflict(subject.Name, subject.Seen ?? 0, r.GetInt64(0), r.GetString(1));
    }
}
