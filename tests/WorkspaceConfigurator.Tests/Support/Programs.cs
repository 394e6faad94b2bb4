namespace WorkspaceConfigurator.Tests.Support;

/// <summary>Programs on the PATH: the one lookup the conditional tests use. Empty entries are left out (they would mean the current folder).</summary>
internal static class Programs
{
    public static string? Find(string program) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(p => Path.Combine(p, program))
        .FirstOrDefault(File.Exists);

    public static bool IsInstalled(string program) => Find(program) is not null;
}
