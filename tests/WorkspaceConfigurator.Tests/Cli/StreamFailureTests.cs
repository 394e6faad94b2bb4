using System.Diagnostics;
using FluentAssertions;

namespace WorkspaceConfigurator.Tests.Cli;

/// <summary>
/// The real wsconf process with its standard streams closed, full or broken, set up by a shell: a standard error
/// that cannot be written never aborts the process (it did, with exit 134), and a standard output that cannot be
/// written is one error line and exit 1 (a closed one was "unexpected UnauthorizedAccessException", a broken pipe
/// was exit 0 with half a configuration).
/// </summary>
public sealed class StreamFailureTests
{
    private static readonly string Wsconf = Path.Combine(AppContext.BaseDirectory, "wsconf.dll");

    [Theory]
    [InlineData("2>&-", 2)]
    [InlineData("2>/dev/full", 2)]
    public void A_usage_error_with_standard_error_closed_or_full_still_exits_2(string redirect, int exit) =>
        Shell($"\"$DOTNET\" \"$WSCONF\" no-such-command {redirect}").ExitCode.Should().Be(exit);

    [Theory]
    [InlineData("2>&-")]
    [InlineData("2>/dev/full")]
    public void Findings_and_warnings_with_standard_error_closed_or_full_still_exit_1(string redirect)
    {
        var run = Shell($"\"$DOTNET\" \"$WSCONF\" dump-config --profile coder --override coder:cpu_guarantee=9 {redirect}");
        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_full_standard_output_is_an_error()
    {
        var run = Shell("\"$DOTNET\" \"$WSCONF\" dump-config --profile coder --groups staff >/dev/full");
        run.ExitCode.Should().Be(1);
        run.Error.Should().EndWith("error: cannot write to standard output: No space left on device\n");
    }

    [Fact]
    public void A_closed_standard_output_is_an_error()
    {
        var run = Shell("\"$DOTNET\" \"$WSCONF\" list >&-");
        run.ExitCode.Should().Be(1);
        run.Error.Should().Be("error: cannot write to standard output: it is closed or cannot be written\n");
    }

    [Fact]
    public void A_reader_that_goes_away_is_an_error_not_a_silent_half_file()
    {
        // The reader closes its end at once; wsconf writes when it has started, into a pipe nobody reads.
        var run = Shell("\"$DOTNET\" \"$WSCONF\" dump-config --profile coder --groups staff 2>\"$ERR\" | (exec 0<&-); echo \"${PIPESTATUS[0]}\"; cat \"$ERR\" >&2");
        run.Output.Should().Be("1\n");
        run.Error.Should().Be("error: cannot write to standard output: Broken pipe\n");
    }

    [Fact]
    public void A_run_with_standard_error_closed_writes_its_output_as_usual()
    {
        var run = Shell("\"$DOTNET\" \"$WSCONF\" dump-config --profile coder 2>&-");
        run.ExitCode.Should().Be(0);
        run.Output.Should().StartWith("profiles:");
    }

    private static (int ExitCode, string Output, string Error) Shell(string script)
    {
        using var folder = new TempFolder();
        var start = new ProcessStartInfo("/bin/bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["DOTNET"] = DotnetHost();
        start.Environment["WSCONF"] = Wsconf;
        start.Environment["ERR"] = folder.File("stderr");
        foreach (var name in new[] { "WSCONF_PROFILES", "WSCONF_GROUPS", "WSCONF_OUTPUT", "OUTPUT_FILE", "WSCONF_PROFILES_DIR", "WSCONF_VALUES" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(script);
        }

        return (process.ExitCode, output, error.Result);
    }

    // The dotnet executable running these tests, else the one on PATH.
    private static string DotnetHost() =>
        Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
