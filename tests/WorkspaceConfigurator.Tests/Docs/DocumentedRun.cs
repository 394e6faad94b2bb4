using WorkspaceConfigurator.Tests.Cli;
using WorkspaceConfigurator.Tests.Cli.Plugins;

namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>
/// Runs a documented command in-process as a reader would run it in an empty folder holding the marker's files: the
/// names of those files, the values of path options and paths under /srv/ lie in a scratch folder, paths under
/// examples/ are the repository's. In what wsconf prints, the scratch folder and the repository read as the page
/// writes them, so a page can show the paths its reader sees.
/// </summary>
internal static class DocumentedRun
{
    private static readonly string[] PathOptions = ["-o", "--output", "--output-dir", "-f", "--values", "--existing", "--profiles-dir"];

    private static readonly string Repository = Path.TrimEndingDirectorySeparator(PluginBuilds.RepositoryRoot);

    public static CliResult Run(DocumentedOutput output)
    {
        using var scratch = new TempFolder();
        try
        {
            Make(output.Files, scratch.Path);
            return Shown(CliRunner.Run([.. Arguments(output.Command, scratch.Path, output.Files)]), scratch.Path);
        }
        finally
        {
            Writable(output.Files, scratch.Path);
        }
    }

    private static void Make(IReadOnlyList<GivenFile> files, string scratch)
    {
        foreach (var file in files)
        {
            var path = Local(file.Name, scratch);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            switch (file.Kind)
            {
                case GivenKind.Text:
                    File.WriteAllText(path, file.Value);
                    break;
                case GivenKind.CommandOutput:
                    var result = CliRunner.Run([.. Arguments(file.Value, scratch, files)]);
                    if (result.ExitCode != 0)
                    {
                        throw new InvalidOperationException($"with {file.Name} = wsconf {file.Value}: exit {result.ExitCode}\n{result.Error}");
                    }

                    File.WriteAllText(path, result.Out);
                    break;
                case GivenKind.Link:
                    File.CreateSymbolicLink(path, file.Value);
                    break;
                case GivenKind.Folder:
                    Directory.CreateDirectory(path);
                    break;
            }
        }

        // Modes last: a read-only folder is made read-only once what it holds is in it.
        foreach (var file in files.Where(f => f.Mode is not null))
        {
            if (OperatingSystem.IsWindows())
            {
                throw new PlatformNotSupportedException($"{file.Name}: file modes need Unix");
            }

            File.SetUnixFileMode(Local(file.Name, scratch), file.Mode!.Value);
        }
    }

    // Given modes taken back, so the scratch folder can be deleted by a user other than root.
    private static void Writable(IReadOnlyList<GivenFile> files, string scratch)
    {
        foreach (var file in files.Where(f => f.Mode is not null))
        {
            var path = Local(file.Name, scratch);
            if (!OperatingSystem.IsWindows() && Path.Exists(path))
            {
                File.SetUnixFileMode(path, file.Mode!.Value | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    private static string Local(string name, string scratch) => name.StartsWith('/') ? scratch + name : Path.Combine(scratch, name);

    private static List<string> Arguments(string command, string scratch, IReadOnlyList<GivenFile> files)
    {
        var words = ShellWords.Split(command);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var previous = i > 0 ? words[i - 1] : "";
            if (word.StartsWith("examples/", StringComparison.Ordinal))
            {
                words[i] = Path.Combine(Repository, word);
            }
            else if (word.StartsWith("/srv/", StringComparison.Ordinal))
            {
                words[i] = scratch + word;
            }
            else if (files.Any(f => word == f.Name || word.StartsWith(f.Name + "/", StringComparison.Ordinal))
                || (PathOptions.Contains(previous) && word is not ("" or "-") && !Path.IsPathRooted(word)))
            {
                words[i] = Path.Combine(scratch, word);
            }
        }

        return words;
    }

    private static CliResult Shown(CliResult result, string scratch)
    {
        string Show(string text) => text
            .Replace(Repository + "/", "", StringComparison.Ordinal)
            .Replace(scratch + "/srv/", "/srv/", StringComparison.Ordinal)
            .Replace(scratch + "/", "", StringComparison.Ordinal)
            .Replace(scratch, ".", StringComparison.Ordinal);
        return result with { Out = Show(result.Out), Error = Show(result.Error) };
    }
}
