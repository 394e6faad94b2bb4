using FluentAssertions;
using static WorkspaceConfigurator.Tests.Cli.Output.OutputFiles;

namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>Runs big enough to be caught in the middle of writing, and the signal sent at a chosen moment.</summary>
internal static class SignalledRuns
{
    // Enough profiles that writing them takes a while: the signal lands while files are written.
    public const int Profiles = 200;

    /// <summary>A values file of many data profiles (and the groups that make them warning-free).</summary>
    public static string ManyProfiles(TempFolder folder)
    {
        var text = new System.Text.StringBuilder("global:\n  groups: [staff]\nprofiles:\n");
        for (var i = 0; i < Profiles; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  p{i:000}:\n    extends: coder\n    display_name: Profile {i}\n");
        }

        var path = folder.File("many.yaml");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>The image of each profile folder's pod (every file its kustomization lists must be there).</summary>
    public static List<string> ProfileImages(string dir) =>
    [
        .. Directory.GetDirectories(dir).Order(StringComparer.Ordinal).Select(d =>
        {
            var kustomization = File.ReadAllText(Path.Combine(d, "kustomization.yaml"));
            foreach (var line in kustomization.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)))
            {
                File.Exists(Path.Combine(d, line[2..])).Should().BeTrue($"{d} lists {line[2..]}");
            }

            var pod = File.ReadAllText(Path.Combine(d, "pod-jupyter-jovyan.yaml"));
            var image = pod.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("image: ", StringComparison.Ordinal));
            return image["image: ".Length..];
        }),
    ];

    /// <summary>The error lines of a run, without its warnings (the many profiles share claims of different sizes).</summary>
    public static string Errors(string stderr) => string.Join('\n', stderr.Split('\n').Where(l => !l.StartsWith("warning:", StringComparison.Ordinal)));

    /// <summary>The hidden folders in DIR and beside it, where a run stages profile folders.</summary>
    public static IEnumerable<string> HiddenFolders(string dir) =>
        new[] { dir, Path.GetDirectoryName(dir)! }.SelectMany(f => Hidden(f).Select(h => Path.Combine(f, h))).Where(Directory.Exists);

    // Polls for the moment (e.g. a staging folder exists) and sends the signal then; false when the run ended first.
    public static bool SignalWhen(WsconfProcess run, string signal, Func<string?> moment)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!run.HasExited && DateTime.UtcNow < deadline)
        {
            try
            {
                if (moment() is not null)
                {
                    run.Signal(signal);

                    return true;
                }
            }
            catch (IOException)
            {
                // The staging folder went while we looked: look again.
            }

            Thread.Sleep(1);
        }

        return false;
    }
}
