namespace Crosscheck.Web;

/// <summary>
/// Runs the workspace on its own: <c>Crosscheck.Web --db FILE [--urls URL]</c> (the CLI's <c>crosscheck serve</c>
/// does the same with more checks). Also the entry point the framework's test host starts.
/// </summary>
public sealed class WorkspaceProgram
{
    private WorkspaceProgram()
    {
    }

    public static void Main(string[] args) => WorkspaceApp.Create(null, args).Run();
}
