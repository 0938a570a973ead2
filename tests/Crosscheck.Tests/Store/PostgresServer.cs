using System.Diagnostics;
using Npgsql;
using Xunit;

namespace Crosscheck.Tests.Store;

/// <summary>
/// A PostgreSQL server for the store tests: the one <c>CROSSCHECK_TEST_POSTGRES</c> names (a connection string), else
/// a throwaway cluster started here from Debian's binaries (<c>/usr/lib/postgresql/*/bin/initdb</c> and <c>pg_ctl</c>;
/// as root, run as the <c>postgres</c> user) in a temporary folder, listening on a unix socket only, and stopped and
/// deleted after the tests. Without the binaries the PostgreSQL tests are skipped, saying why; when they are there but
/// the server does not start, the tests fail with the server's message.
/// Each test gets a schema of its own (<see cref="NewDatabase"/>).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string EnvironmentVariable = "CROSSCHECK_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _pgCtl;
    private readonly List<string> _schemas = [];
    private readonly string? _connectionString;
    private readonly string? _skipReason;
    private readonly string? _startError;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            _connectionString = given;
            return;
        }

        string? bin = FindBinaries();
        if (bin is null)
        {
            _skipReason = $"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb and pg_ctl): apt-get install postgresql, or set {EnvironmentVariable} to a connection string";
            return;
        }

        _pgCtl = Path.Combine(bin, "pg_ctl");
        _folder = Directory.CreateTempSubdirectory("crosscheck-pg-").FullName;
        try
        {
            _connectionString = Start(bin, _folder);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            _startError = $"the throwaway PostgreSQL server did not start: {e.Message}";
        }
    }

    /// <summary>A fresh, empty schema on the server, as a connection string; skips the test when there is no server.</summary>
    public string NewDatabase()
    {
        Assert.SkipWhen(_skipReason is not null, _skipReason ?? string.Empty);
        if (_startError is not null)
        {
            throw new InvalidOperationException(_startError);
        }

        string schema = $"t_{Guid.NewGuid():N}"[..18];
        using (var connection = new NpgsqlConnection(_connectionString))
        {
            connection.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            cmd.ExecuteNonQuery();
        }

        lock (_schemas)
        {
            _schemas.Add(schema);
        }

        return new NpgsqlConnectionStringBuilder(_connectionString) { SearchPath = schema, Pooling = false }.ConnectionString;
    }

    public void Dispose()
    {
        if (_pgCtl is not null && _folder is not null)
        {
            if (_connectionString is not null)
            {
                Run(AsServerUser([_pgCtl, "-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"]), _folder, check: false);
            }

            Directory.Delete(_folder, recursive: true);
        }
        else if (_connectionString is not null && _schemas.Count > 0)
        {
            using var connection = new NpgsqlConnection(_connectionString);
            connection.Open();
            foreach (string schema in _schemas)
            {
                using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
                cmd.ExecuteNonQuery();
            }
        }
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out int v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static string Start(string bin, string folder)
    {
        if (Environment.IsPrivilegedProcess)
        {
            Run(["chown", "postgres", folder], folder);
        }

        string data = Path.Combine(folder, "data");
        int port = Random.Shared.Next(20000, 40000);
        Run(AsServerUser([Path.Combine(bin, "initdb"), "-D", data, "-A", "trust", "-U", "crosscheck", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]), folder);
        Run(AsServerUser([Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "120",
            "-o", $"-p {port} -k {folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"]), folder);
        return new NpgsqlConnectionStringBuilder { Host = folder, Port = port, Username = "crosscheck", Database = "postgres", Pooling = false, Timeout = 60 }.ConnectionString;
    }

    /// <summary>PostgreSQL refuses to run as root: as root, the command runs as the postgres user.</summary>
    private static string[] AsServerUser(string[] command) =>
        Environment.IsPrivilegedProcess ? [File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "/sbin/runuser", "-u", "postgres", "--", .. command] : command;

    private static void Run(string[] command, string folder, bool check = true)
    {
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in command[1..])
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"cannot run {command[0]}");
        Task<string> output = process.StandardOutput.ReadToEndAsync(), errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} exited with {process.ExitCode}: {errors.Result}{output.Result}".Trim());
        }
    }
}
