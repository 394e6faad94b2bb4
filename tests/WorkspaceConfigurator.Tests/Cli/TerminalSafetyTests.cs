using FluentAssertions;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Tests.Support;

namespace WorkspaceConfigurator.Tests.Cli;

/// <summary>
/// Messages never leak a file or drive the terminal: user text in errors and warnings is escaped (controls as
/// <c>\x1b</c>, bidi overrides as <c>\u202e</c>), response files are off, and no failure says only "unexpected".
/// </summary>
public sealed class TerminalSafetyTests
{
    [Theory]
    [InlineData("\u001b[2J", "\\x1b[2J")]
    [InlineData("a\nb\r\tc", "a\\nb\\r\\tc")]
    [InlineData("\u0007\u007f\u0085\u009b", "\\x07\\x7f\\x85\\x9b")]
    [InlineData("\u202aA\u202bB\u202cC\u202dD\u202eE", "\\u202aA\\u202bB\\u202cC\\u202dD\\u202eE")]
    [InlineData("\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069")]
    [InlineData("\u2028\u2029", "\\u2028\\u2029")]
    [InlineData("ok: ü ✓ 🎉 \u200b", "ok: ü ✓ 🎉 \u200b")]
    public void One_escaping_for_every_line(string text, string escaped)
    {
        TerminalText.Escape(text).Should().Be(escaped);
        TerminalText.Escape(escaped).Should().Be(escaped, "escaping escaped text changes nothing");
    }

    [Fact]
    public void Lone_surrogates_are_escaped_and_pairs_kept() =>
        TerminalText.Escape("lone " + '\ud800' + " high 🎉 " + '\udc00').Should().Be("lone \\ud800 high 🎉 \\udc00");

    [Theory]
    [InlineData("describe", "co\u001b[31mder\u202e")]
    [InlineData("dump-config", "--profile", "x\u009b2J\u2066")]
    [InlineData("dump-config", "--override", "coder:cpu_limit=\u001b]0;owned\u0007")]
    [InlineData("dump-config", "--override", "coder:env.A\u001bB=1")]
    [InlineData("validate", "--override", "co\u001b[0mder:x=1")]
    [InlineData("no-such-command\u001b[5m")]
    public void Errors_quote_user_text_escaped(params string[] args)
    {
        var result = CliRunner.Run(args);
        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith("error: ");
        result.Error.TrimEnd('\n').Where(c => char.IsControl(c) || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069').Should().BeEmpty();
        result.Error.Should().ContainAny("\\x1b", "\\x9b");
    }

    [Fact]
    public void Warnings_quote_user_text_escaped()
    {
        var result = CliRunner.Run("dump-config", "--profile", "coder", "--groups", "staff", "--override", "jupyterlab:env.A=\u001b[31m\u202e");
        result.ExitCode.Should().Be(0);
        result.Error.Should().Be("warning: --override jupyterlab:env.A=\\x1b[31m\\u202e: profile 'jupyterlab' is not selected; ignored\n");
    }

    [Fact]
    public void Describe_keeps_its_lines_and_escapes_what_is_in_them()
    {
        var result = CliRunner.Run("describe", "coder", "--layers", "--override", "coder:display_name=Code\u001b[2J\u202e", "--override", "coder:env.A=x\u0007y");
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Code\\x1b[2J\\u202e").And.Contain("x\\x07y");
        result.Out.Where(c => c != '\n' && (char.IsControl(c) || c is '\u202e')).Should().BeEmpty();
        result.Out.Split('\n').Length.Should().Be(CliRunner.Run("describe", "coder", "--layers", "--override", "coder:display_name=Code", "--override", "coder:env.A=xy").Out.Split('\n').Length);
    }

    [Fact]
    public void Response_files_are_off_so_a_file_is_never_read_or_echoed()
    {
        using var folder = new TempFolder();
        var secret = folder.File("secret.txt");
        File.WriteAllText(secret, "hunter2-token\n--profile\ncoder\n");
        var result = CliRunner.Run("dump-config", "@" + secret);
        result.ExitCode.Should().Be(2);
        result.Error.Should().NotContain("hunter2").And.Contain($"'@{secret}'");
    }

    [Theory]
    [InlineData("dump-config", "-o", "")]
    [InlineData("dump-manifests", "--output-dir", "")]
    [InlineData("-f", "", "list")]
    [InlineData("--profiles-dir", "", "list")]
    public void An_empty_path_is_a_usage_error_naming_the_option(params string[] args)
    {
        var result = CliRunner.Run(args);
        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().ContainSingle().Which.Should().MatchRegex(@"^error: --(output|output-dir|values|profiles-dir) needs a (file|folder)( \(or - for stdout\))?, not an empty value( \(see 'wsconf --help'\))?$");
    }

    [Fact]
    public void A_symbolic_link_loop_given_as_the_output_names_the_path()
    {
        using var folder = new TempFolder();
        var a = folder.File("a");
        var b = folder.File("b");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);
        foreach (var args in new[] { new[] { "dump-config", "--profile", "coder", "--groups", "staff", "-o", a }, ["schema", "values", "-o", a] })
        {
            var result = CliRunner.Run(args);
            result.ExitCode.Should().Be(2);
            result.ErrorLines.Should().ContainSingle().Which.Should().Be($"error: cannot write '{a}': a symbolic link in its path loops (too many levels of symbolic links)");
        }

        var values = CliRunner.Run("-f", a, "list");
        values.ExitCode.Should().Be(2);
        values.ErrorLines.Should().ContainSingle().Which.Should().Contain("Too many levels of symbolic links");
    }

    [Fact]
    public void A_failure_inside_wsconf_says_it_is_a_bug_and_names_the_command() =>
        WorkspaceConfigurator.Cli.Hosting.FailureMessage.Of(new InvalidOperationException("Collection was modified."), "dump-config")
            .Should().Be("dump-config failed inside wsconf (InvalidOperationException: Collection was modified); this is a bug in wsconf: please report it with the output of --verbose");

    [Fact]
    public void A_failure_thrown_in_the_engine_is_a_bug_in_wsconf_not_a_plugin_fault()
    {
        // A real stack whose first frame of wsconf's is the engine's (a plan asked for what it did not keep).
        var plan = WorkspaceConfigurator.Engine.Workspace.Plan(Plans.BuiltinCatalog(), WorkspaceConfigurator.Layers.CommandLineLayers.None, new WorkspaceConfigurator.Engine.Selection(["coder"]));
        var thrown = Catch(() => _ = plan.Profiles[0].Settings);

        WorkspaceConfigurator.Cli.Hosting.FailureMessage.Of(thrown, "describe").Should().StartWith("describe failed inside wsconf (InvalidOperationException: ");
    }

    [Fact]
    public void A_failure_in_code_outside_wsconf_names_that_assembly()
    {
        // This test assembly stands in for a plugin: the innermost exception was thrown in its code.
        var thrown = Catch(() => _ = ThrowsInStaticConstructor.Value);
        var message = WorkspaceConfigurator.Cli.Hosting.FailureMessage.Of(thrown, "list");
        message.Should().Be($"list: plugin WorkspaceConfigurator.Tests ({typeof(TerminalSafetyTests).Assembly.Location}) failed: "
            + $"the static constructor of {nameof(ThrowsInStaticConstructor)} threw InvalidOperationException: site catalogue offline");
    }

    [Fact]
    public void Standard_error_that_throws_never_ends_the_run()
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var exit = WorkspaceConfigurator.Cli.WsconfCli.Run(["no-such-command"], stdout, new ThrowingWriter(), _ => null);
        exit.Should().Be(2);
    }

    [Fact]
    public void Standard_output_that_throws_is_one_error_line_and_exit_1()
    {
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = WorkspaceConfigurator.Cli.WsconfCli.Run(["dump-config", "--profile", "coder", "--groups", "staff"], new ThrowingWriter(), stderr, _ => null);
        exit.Should().Be(1);
        stderr.ToString().Should().Be("error: cannot write to standard output: No space left on device\n");
    }

    private static Exception Catch(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new InvalidOperationException("nothing was thrown");
    }

    private static class ThrowsInStaticConstructor
    {
        public static readonly int Value = Fail();

        private static int Fail() => throw new InvalidOperationException("site catalogue offline.");
    }

    private sealed class ThrowingWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }
}
