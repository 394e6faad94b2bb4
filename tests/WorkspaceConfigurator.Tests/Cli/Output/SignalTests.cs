using FluentAssertions;
using WorkspaceConfigurator.Tests.Support;
using static WorkspaceConfigurator.Tests.Cli.Output.OutputFiles;

namespace WorkspaceConfigurator.Tests.Cli.Output;

/// <summary>
/// SIGTERM and SIGINT to the real wsconf while it writes: it ends with 128 + the signal, leaves no temporary file or
/// folder, and the output is the old one or the new one, never a mix, never missing.
/// </summary>
[Collection(Name)]
public sealed class SignalTests
{
    public const string Name = "Signals";

    [FactOnLinux]
    public void A_signal_during_output_dir_leaves_every_profile_folder_old_or_new()
    {
        using var folder = new TempFolder();
        var values = SignalledRuns.ManyProfiles(folder);
        var dir = folder.File("out");
        CliRunner.Run("-f", values, "dump-manifests", "--image", "example.org/ws:0", "--output-dir", dir).ExitCode.Should().Be(0);
        var folders = Directory.GetDirectories(dir).Length;
        folders.Should().BeGreaterThan(SignalledRuns.Profiles);
        var current = 0;
        var cases = new (string Signal, int Exit, Func<string, bool> When)[]
        {
            ("TERM", 143, staging => true),
            ("INT", 130, staging => true),
            ("TERM", 143, staging => Directory.GetDirectories(staging).Length >= SignalledRuns.Profiles / 2),
            ("TERM", 143, staging => Directory.GetDirectories(staging).Length >= SignalledRuns.Profiles),
            ("INT", 130, staging => Directory.GetDirectories(staging).Length >= SignalledRuns.Profiles),
        };
        for (var i = 0; i < cases.Length; i++)
        {
            var (signal, signalExit, when) = cases[i];
            var image = $"example.org/ws:{i + 1}";
            using var run = WsconfProcess.Start("-f", values, "dump-manifests", "--image", image, "--output-dir", dir);
            var signalled = SignalledRuns.SignalWhen(run, signal, () => SignalledRuns.HiddenFolders(dir).FirstOrDefault(when));
            if (i < 2)
            {
                signalled.Should().BeTrue("the signal is sent as soon as the staging folder appears");
            }

            var (exit, _, error) = run.WaitForExit();
            exit.Should().BeOneOf([0, signalExit], SignalledRuns.Errors(error));
            Hidden(dir).Should().BeEmpty($"case {i}: SIG{signal} {(signalled ? "sent" : "not sent")}, exit {exit}");
            Hidden(folder.Path).Should().BeEmpty();
            var images = SignalledRuns.ProfileImages(dir);
            images.Should().HaveCount(folders, "no profile folder is missing");
            images.Distinct().Should().ContainSingle($"case {i}: every folder is from one run").Which.Should().BeOneOf($"example.org/ws:{current}", image);
            current = images[0] == image ? i + 1 : current;
        }
    }

    [FactWhenInstalled("strace")]
    public void A_signal_during_the_swaps_ends_the_run_once_every_profile_folder_is_swapped()
    {
        using var folder = new TempFolder();
        var values = SignalledRuns.ManyProfiles(folder);
        var dir = folder.File("out");
        CliRunner.Run("-f", values, "dump-manifests", "--image", "example.org/ws:0", "--output-dir", dir).ExitCode.Should().Be(0);
        var first = Path.Combine(dir, "coder", "pod-jupyter-jovyan.yaml");
        foreach (var (signal, signalExit) in new[] { ("TERM", 143), ("INT", 130) })
        {
            var image = $"example.org/ws:{signal}";

            // strace makes each swap (renameat2) take 5 ms, so the swaps take a second and the signal lands among them.
            using var run = WsconfProcess.StartUnder(SlowCall("renameat2", 5_000), ["-f", values, "dump-manifests", "--image", image, "--output-dir", dir]);
            var wsconf = run.ChildId();
            while (!run.HasExited && !File.ReadAllText(first).Contains(image, StringComparison.Ordinal))
            {
                Thread.Sleep(1);
            }

            run.HasExited.Should().BeFalse("the first folder is swapped, the others are being swapped");
            Directory.GetDirectories(dir).Where(d => !Path.GetFileName(d).StartsWith('.'))
                .Any(d => !File.ReadAllText(Path.Combine(d, "pod-jupyter-jovyan.yaml")).Contains(image, StringComparison.Ordinal))
                .Should().BeTrue("the signal lands among the swaps, not after the last");
            WsconfProcess.Signal(wsconf, signal);
            var (exit, _, error) = run.WaitForExit();
            exit.Should().Be(signalExit, SignalledRuns.Errors(error));
            SignalledRuns.ProfileImages(dir).Distinct().Should().Equal([image], "the swaps finish before the signal ends the run");
            Hidden(dir).Should().BeEmpty();
        }
    }

    [FactWhenInstalled("strace")]
    public void A_signal_while_an_output_file_is_flushed_deletes_the_temporary_and_keeps_the_old_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("config.yml");
        File.WriteAllText(path, "old\n");
        foreach (var (signal, signalExit) in new[] { ("TERM", 143), ("INT", 130) })
        {
            // strace holds the flush to disk (fsync) for 1.5 s: the signal lands while the temporary file is there.
            using var run = WsconfProcess.StartUnder(SlowCall("fsync", 1_500_000), [.. DumpConfig, "-o", path]);
            var wsconf = run.ChildId();
            SpinUntil(run, () => Hidden(folder.Path).Count > 0).Should().BeTrue("the temporary file appears before the flush");
            WsconfProcess.Signal(wsconf, signal);
            var (exit, _, error) = run.WaitForExit();
            exit.Should().Be(signalExit, error);
            Hidden(folder.Path).Should().BeEmpty();
            File.ReadAllText(path).Should().Be("old\n");
        }
    }

    [FactWhenMountable(Tool = "strace")]
    public void A_signal_while_a_file_is_written_in_place_ends_the_run_once_the_file_is_whole()
    {
        using var folder = new TempFolder();
        var source = folder.File("source.yml");
        var target = Directory.CreateDirectory(folder.File("etc")).FullName + "/config.yml";
        File.WriteAllText(source, new string('x', 50_000));
        File.WriteAllText(target, "");
        using var mount = Mounts.Bind(source, target);

        // The file is truncated, then its write (pwrite64) held for 1 s: the signal lands while it is empty.
        using var run = WsconfProcess.StartUnder(SlowCall("pwrite64", 1_000_000), [.. DumpConfig, "-o", target]);
        var wsconf = run.ChildId();
        SpinUntil(run, () => new FileInfo(source).Length == 0).Should().BeTrue("the file is being written in place");
        WsconfProcess.Signal(wsconf, "TERM");
        var (exit, _, error) = run.WaitForExit();
        exit.Should().Be(143, error);
        File.ReadAllText(source).Should().Be(Expected, "the signal waits until the file is whole");
    }

    [FactOnLinux]
    public void A_signal_while_an_output_file_is_written_leaves_the_old_or_the_new_file_and_no_temporary()
    {
        using var folder = new TempFolder();
        var values = SignalledRuns.ManyProfiles(folder);
        var path = folder.File("config.yml");
        File.WriteAllText(path, "old\n");
        string[] args = ["-f", values, "dump-config", "-o", path];
        var whole = CliRunner.Run(["-f", values, "dump-config"]).Out;
        foreach (var signal in new[] { "TERM", "INT", "TERM" })
        {
            using var run = WsconfProcess.Start(args);
            SignalledRuns.SignalWhen(run, signal, () => Hidden(folder.Path).FirstOrDefault());
            var (exit, _, error) = run.WaitForExit();
            exit.Should().BeOneOf([0, signal == "TERM" ? 143 : 130], SignalledRuns.Errors(error));
            Hidden(folder.Path).Should().BeEmpty();
            File.ReadAllText(path).Should().BeOneOf("old\n", whole);
        }
    }

    [FactOnLinux]
    public void A_signal_while_a_pipe_is_written_ends_the_run_and_the_pipe_stays()
    {
        using var folder = new TempFolder();
        var values = SignalledRuns.ManyProfiles(folder);
        var fifo = folder.File("config.fifo");
        MakeFifo(fifo);
        using var run = WsconfProcess.Start("-f", values, "dump-config", "-o", fifo);

        // The reader's open returns once wsconf has opened the pipe; it then fills the pipe and waits for us to read.
        var opened = Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Read));
        opened.Wait(TimeSpan.FromSeconds(60)).Should().BeTrue("wsconf opens the pipe, it does not replace it");
        using var reader = opened.Result;
        Thread.Sleep(200);
        run.HasExited.Should().BeFalse("the output is larger than a pipe holds");
        run.Signal("TERM");
        var (exit, _, _) = run.WaitForExit();
        exit.Should().Be(143);
        Kind(fifo).Should().Be("fifo");
        Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Should().BeEquivalentTo("config.fifo", "many.yaml");
    }

    // strace making every call of one system call wait that many microseconds before it runs.
    // Only the one call stops the process (--seccomp-bpf): under plain ptrace every system call of the .NET runtime
    // would, which doubled a run's time and made these tests the slowest of the suite.
    private static string[] SlowCall(string call, int microseconds) =>
        ["strace", "-f", "-qq", "--seccomp-bpf", "-o", "/dev/null", "-e", $"trace={call}", "-e", $"inject={call}:delay_enter={microseconds}"];

    private static bool SpinUntil(WsconfProcess run, Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!run.HasExited && DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(1);
        }

        return false;
    }
}
