using System.Diagnostics;
using System.Runtime.Versioning;
using FluentAssertions;
using WorkspaceConfigurator.Build.Lifecycle;
using WorkspaceConfigurator.Tests.Cli;

namespace WorkspaceConfigurator.Tests.Build.Lifecycle;

/// <summary>
/// A temporary folder with the script written into it, a home, a private temp folder (TMPDIR) and room for fake
/// image scripts, repositories and a fake ssh.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class StartupRun : IDisposable
{
    private static readonly Lazy<string> Uid = new(() => Run(["id", "-u"], Environment.CurrentDirectory, new Dictionary<string, string>()).Output.Trim());

    private readonly TempFolder folder = new();

    public StartupRun(string shell)
    {
        Shell = shell == "busybox" ? ["busybox", "sh"] : ["/bin/sh"];
        Script = Path.Combine(Root, StartupScript.FileName);
        File.WriteAllText(Script, StartupScript.Text);
        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(PrivateTemp);
    }

    public string[] Shell { get; }

    public string Root => folder.Path;

    public string Script { get; }

    public string Home => Path.Combine(Root, "home");

    /// <summary>TMPDIR of the script: where git-ssh makes its private folder.</summary>
    public string PrivateTemp => Path.Combine(Root, "tmp");

    public string UserId => Uid.Value;

    public bool SshWasCalled => File.Exists(Path.Combine(Root, "ssh-call", "args"));

    public string InHome(string path) => Path.Combine(Home, path);

    /// <summary>
    /// Runs a step under the shell, from the temp folder, with no environment but PATH and TMPDIR (and
    /// <paramref name="environment"/>), as in an init container: no HOME, so the script must set and export it.
    /// </summary>
    public ScriptResult Step(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var all = new Dictionary<string, string> { ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin", ["TMPDIR"] = PrivateTemp };
        foreach (var (name, value) in environment)
        {
            all[name] = value;
        }

        return Run([.. Shell, Script, .. args], Root, all, inherit: false);
    }

    public ScriptResult Step(params string[] args) => Step(new Dictionary<string, string>(), args);

    public ScriptResult Exec(string[] command) => Run(command, Root, new Dictionary<string, string> { ["HOME"] = Root });

    /// <summary>Writes a file under the temp folder (folders made as needed), with <paramref name="mode"/> when given.</summary>
    public string Write(string path, string content, UnixFileMode? mode = null)
    {
        var file = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        if (mode is { } m)
        {
            File.SetUnixFileMode(file, m);
        }

        return file;
    }

    public string Executable(string path, string content) =>
        Write(path, content, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);

    /// <summary>A git repository with one commit of <paramref name="files"/>, cloned later by its path.</summary>
    public string Repository(string name, Dictionary<string, string> files, params string[] executable)
    {
        var repository = Path.Combine(Root, name);
        Directory.CreateDirectory(repository);
        Git(repository, "init", "-q");
        Commit(repository, files, executable);
        return repository;
    }

    public void Commit(string repository, Dictionary<string, string> files, params string[] executable)
    {
        foreach (var (path, content) in files)
        {
            Write(Path.Combine(repository, path), content, executable.Contains(path)
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Git(repository, "add", "-A");
        Git(repository, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "dotfiles");
    }

    /// <summary>
    /// An ssh first on PATH that records its arguments and the mode and content of its -i file, then exits with
    /// <paramref name="exitCode"/>. Returns the environment that puts it there.
    /// </summary>
    public Dictionary<string, string> FakeSsh(int exitCode)
    {
        var calls = Path.Combine(Root, "ssh-call");
        Executable("fake-bin/ssh", $$"""
            #!/bin/sh
            key=
            previous=
            for arg in "$@"; do
                if [ "$previous" = -i ]; then key=$arg; fi
                previous=$arg
            done
            rm -rf '{{calls}}'
            mkdir -p '{{calls}}'
            printf '%s\n' "$@" > '{{calls}}/args'
            printf '%s\n' "$key" > '{{calls}}/key-path'
            stat -c %a "$key" > '{{calls}}/key-mode'
            cat "$key" > '{{calls}}/key-content'
            exit {{exitCode}}

            """);
        return new Dictionary<string, string> { ["PATH"] = Path.Combine(Root, "fake-bin") + ":" + Environment.GetEnvironmentVariable("PATH") };
    }

    public SshCall LastSshCall()
    {
        var calls = Path.Combine(Root, "ssh-call");
        File.Exists(Path.Combine(calls, "args")).Should().BeTrue("ssh was called");
        string Line(string name) => File.ReadAllText(Path.Combine(calls, name)).TrimEnd('\n');
        return new SshCall(Line("args").Split('\n'), Line("key-path"), Line("key-mode"), File.ReadAllText(Path.Combine(calls, "key-content")));
    }

    public void Dispose() => folder.Dispose();

    private void Git(string repository, params string[] args)
    {
        var result = Run(["git", "-C", repository, .. args], Root, new Dictionary<string, string> { ["HOME"] = Root });
        result.ExitCode.Should().Be(0, $"git {string.Join(' ', args)}: {result.Error}");
    }

    private static ScriptResult Run(string[] command, string workingDirectory, IReadOnlyDictionary<string, string> environment, bool inherit = true)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in command.Skip(1))
        {
            start.ArgumentList.Add(arg);
        }

        // Nothing of the test runner's git set-up leaks into the runs.
        foreach (var name in start.Environment.Keys.Where(k => !inherit || k.StartsWith("GIT_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', command)}' did not finish within a minute");
        }

        return new ScriptResult(process.ExitCode, output.Result, error.Result);
    }
}
