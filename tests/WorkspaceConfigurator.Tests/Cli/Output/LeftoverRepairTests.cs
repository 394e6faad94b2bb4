using System.Diagnostics;
using FluentAssertions;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Output;
using WorkspaceConfigurator.Tests.Support;
using WorkspaceConfigurator.Write;
using static WorkspaceConfigurator.Tests.Cli.Output.OutputFiles;

namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>
/// What a killed run (SIGKILL, a power cut) leaves is repaired by the next run into the same place: profile folders
/// moved aside go back where theirs is missing, hidden staging folders and temporary files go; those of a run
/// still going are left alone.
/// </summary>
public sealed class LeftoverRepairTests
{
    private static readonly string[] Manifests = ["dump-manifests", "--groups", "staff"];

    [FactOnLinux]
    public void A_profile_folder_moved_aside_by_a_killed_run_is_put_back()
    {
        using var folder = new TempFolder();
        var dir = folder.File("out");
        CliRunner.Run([.. Manifests, "--profile", "coder,jupyterlab", "--output-dir", dir]).ExitCode.Should().Be(0);
        var pid = EndedProcessId();

        // Killed between its two renames: coder is aside, its place empty; a staging folder holds the new ones.
        var aside = Path.Combine(dir, $".wsconf-{pid}-0123abcd.old");
        Directory.CreateDirectory(aside);
        Directory.Move(Path.Combine(dir, "coder"), Path.Combine(aside, "coder"));
        var staging = Path.Combine(dir, $".wsconf-{pid}-4567cdef.tmp");
        Directory.CreateDirectory(Path.Combine(staging, "coder"));
        File.WriteAllText(Path.Combine(dir, $".wsconf-{pid}-89abcdef.tmp"), "partial");

        var result = CliRunner.Run([.. Manifests, "--profile", "jupyterlab", "--output-dir", dir]);
        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(Path.Combine(dir, "coder", "kustomization.yaml")).Should().BeTrue("the folder moved aside is back");
        Hidden(dir).Should().BeEmpty();
    }

    [FactOnLinux]
    public void A_folder_moved_aside_whose_place_was_filled_is_deleted()
    {
        using var folder = new TempFolder();
        var dir = folder.File("out");
        CliRunner.Run([.. Manifests, "--profile", "coder", "--output-dir", dir]).ExitCode.Should().Be(0);
        var aside = Path.Combine(dir, $".wsconf-{EndedProcessId()}-0123abcd.old");
        Directory.CreateDirectory(Path.Combine(aside, "coder"));
        File.WriteAllText(Path.Combine(aside, "coder", "old.yaml"), "old");

        CliRunner.Run([.. Manifests, "--profile", "jupyterlab", "--output-dir", dir]).ExitCode.Should().Be(0);
        File.Exists(Path.Combine(dir, "coder", "old.yaml")).Should().BeFalse();
        File.Exists(Path.Combine(dir, "coder", "kustomization.yaml")).Should().BeTrue();
        Hidden(dir).Should().BeEmpty();
    }

    [FactOnLinux]
    public void Temporaries_of_a_run_still_going_are_left_alone()
    {
        using var folder = new TempFolder();
        using var running = Process.Start("sleep", "60");
        try
        {
            var theirs = folder.File($".wsconf-{running.Id}-0123abcd.tmp");
            var ended = folder.File($".wsconf-{EndedProcessId()}-0123abcd.tmp");
            var notOurs = folder.File(".wsconf-notes.tmp");
            foreach (var file in new[] { theirs, ended, notOurs })
            {
                File.WriteAllText(file, "");
            }

            Run("-o", folder.File("config.yml")).ExitCode.Should().Be(0);
            File.Exists(theirs).Should().BeTrue();
            File.Exists(notOurs).Should().BeTrue("only names wsconf makes are its leftovers");
            File.Exists(ended).Should().BeFalse();
        }
        finally
        {
            running.Kill();
        }
    }

    [FactOnLinux]
    public void A_run_killed_while_staging_is_cleaned_up_by_the_next()
    {
        using var folder = new TempFolder();
        var values = SignalledRuns.ManyProfiles(folder);
        var dir = folder.File("out");
        CliRunner.Run("-f", values, "dump-manifests", "--image", "example.org/ws:0", "--output-dir", dir).ExitCode.Should().Be(0);

        using (var run = WsconfProcess.Start("-f", values, "dump-manifests", "--image", "example.org/ws:1", "--output-dir", dir))
        {
            SignalledRuns.SignalWhen(run, "KILL", () => SignalledRuns.HiddenFolders(dir).FirstOrDefault()).Should().BeTrue("the run is killed while it writes");
            run.WaitForExit();
        }

        var killedLeft = SignalledRuns.HiddenFolders(dir).Select(Path.GetFileName).ToList();
        killedLeft.Should().NotBeEmpty("SIGKILL cannot be caught: the staging folder stays");
        var result = CliRunner.Run("-f", values, "dump-manifests", "--image", "example.org/ws:2", "--output-dir", dir);
        result.ExitCode.Should().Be(0);
        SignalledRuns.HiddenFolders(dir).Should().BeEmpty($"the killed run left {string.Join(", ", killedLeft)}");
        SignalledRuns.ProfileImages(dir).Distinct().Should().Equal("example.org/ws:2");
    }

    [FactOnLinux]
    public void Where_folders_cannot_be_exchanged_the_old_one_goes_aside_first_and_nothing_is_left()
    {
        using var folder = new TempFolder();
        var dir = folder.File("out");
        CliRunner.Run([.. Manifests, "--profile", "coder", "--output-dir", dir]).ExitCode.Should().Be(0);
        File.WriteAllText(Path.Combine(dir, "coder", "stale.yaml"), "old");
        var files = new Dictionary<string, IReadOnlyList<LayoutFile>>
        {
            ["coder"] = [new LayoutFile("coder/kustomization.yaml", "new\n")],
            ["jupyterlab"] = [new LayoutFile("jupyterlab/kustomization.yaml", "new\n")],
        };
        var how = new FileWriting(new TempFiles(), Force: false, _ => { });

        AtomicFolders.Write(dir, files, how, exchange: (_, _) => Errno.EINVAL);
        Directory.GetFiles(Path.Combine(dir, "coder")).Select(Path.GetFileName).Should().Equal("kustomization.yaml");
        File.ReadAllText(Path.Combine(dir, "jupyterlab", "kustomization.yaml")).Should().Be("new\n");
        Hidden(dir).Should().BeEmpty();
    }
}
