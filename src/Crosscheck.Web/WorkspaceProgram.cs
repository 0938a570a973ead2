namespace Crosscheck.Web;

/// <summary>Runs the workspace on its own: <c>Crosscheck.Web --db FILE [--urls URL]</c> (the CLI's <c>crosscheck serve</c> does the same with more checks).</summary>
public static class WorkspaceProgram
{
    public static void Main(string[] args) => WorkspaceApp.Create(null, args).Run();
}
