using System.CommandLine;
using WorkspaceConfigurator.Cli.Commands;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Cli.Plugins;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli;

/// <summary>
/// The <c>wsconf</c> command line. Every failure ends as one line on stderr and an exit code: 2 for usage errors,
/// 1 for invalid profiles, plugins or assets; a stack trace only with --verbose. User text in the line is escaped
/// (<see cref="TerminalText"/>), and a standard error that cannot be written changes nothing but what is shown.
/// </summary>
internal static class WsconfCli
{
    public static int Run(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        Func<string, string?> getEnvironmentVariable,
        Func<Stream>? openInput = null,
        PluginHost? plugins = null,
        TempFiles? temps = null)
    {
        var output = GuardedWriter.Output(StandardOutput.For(stdout));
        var error = GuardedWriter.Error(stderr);
        var context = new CliContext(output, error, getEnvironmentVariable)
        {
            OpenInput = openInput ?? Console.OpenStandardInput,
            Plugins = plugins,
            Temps = temps ?? new TempFiles(),
        };
        var exit = Run(args, context);
        try
        {
            // The last bytes may fail only now; the output is incomplete then, whatever the command returned.
            output.Flush();
        }
        catch (OutputStreamException e)
        {
            exit = Fail(context, e.Message, e.ExitCode, null, false);
        }

        error.Flush();
        return exit;
    }

    private static int Run(string[] args, CliContext context)
    {
        var stdout = context.Out;
        var stderr = context.Error;
        var verbose = new Option<bool>("--verbose") { Description = "Show stack traces of errors", Recursive = true };
        var root = new RootCommand(
            """
            wsconf: generate workspace pod specifications (Application Hub config.yml) from profiles

            Examples:
              wsconf list
              wsconf describe coder --layers
              wsconf dump-config --profile coder-gpu --groups staff -o config.yml
              wsconf -f site.yaml validate --strict
              wsconf dump-manifests --profile coder --user alice
              wsconf diff deployed-config.yml -f site.yaml --fail-on not-applied
            """);

        // A bare `wsconf` shows how to use it, rather than an error about the missing command.
        root.SetAction(result => new System.CommandLine.Help.HelpAction().Invoke(result));
        var profilesDir = new ProfilesDirOption();
        var values = new ValuesOption();
        root.Options.Add(verbose);
        root.Options.Add(profilesDir.Option);
        root.Options.Add(values.Option);

        // Every command loads its catalogue here: the built-ins, the plugins of --profiles-dir, the profiles of -f files.
        Catalog.ProfileCatalog LoadCatalog(ParseResult result) =>
            CatalogLoader.Load(context, profilesDir.Read(result, context.GetEnvironmentVariable), values.Read(result, context));

        root.Subcommands.Add(ListCommand.Create(context, LoadCatalog));
        root.Subcommands.Add(DescribeCommand.Create(context, LoadCatalog));
        root.Subcommands.Add(DumpConfigCommand.Create(context, LoadCatalog));
        root.Subcommands.Add(ValidateCommand.Create(context, LoadCatalog));
        root.Subcommands.Add(DumpManifestsCommand.Create(context, LoadCatalog));
        root.Subcommands.Add(SchemaCommand.Create(context, LoadCatalog));
        root.Subcommands.Add(DiffCommand.Create(context, LoadCatalog, [values.Option, profilesDir.Option]));

        ParseResult parsed;
        try
        {
            // No response files: with them, "wsconf dump-config @secret.txt" read the file and echoed its first line in
            // the error about an unknown argument. An argument starting with '@' is an argument like any other.
            parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        }
        catch (Exception e)
        {
            return Fail(context, $"cannot parse the command line: {e.Message}", ExitCodes.Usage, e, verbose: false);
        }

        if (parsed.Errors.Count > 0)
        {
            // The parser lays some messages out on several lines ("Must be one of:\n\t'values'"); an error is one line.
            var messages = parsed.Errors.Select(e => OneLine(e.Message).TrimEnd('.')).Distinct();
            return Fail(context, $"{string.Join("; ", messages)} (see 'wsconf --help')", ExitCodes.Usage, null, false);
        }

        if (EmptyPathOption(parsed) is { } emptyPath)
        {
            var what = emptyPath.HelpName switch
            {
                "DIR" => "folder",
                "FILE|PRESET" => "file or a preset",
                _ => "file",
            };
            return Fail(context, $"{emptyPath.Name} needs a {what}, not an empty value", ExitCodes.Usage, null, false);
        }

        var showStack = parsed.GetValue(verbose);
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (WsconfException e)
        {
            return Fail(context, e.Message, e.ExitCode, e, showStack);
        }
        catch (Exception e)
        {
            return Fail(context, FailureMessage.Of(e, parsed.CommandResult.Command.Name), ExitCodes.Invalid, e, showStack);
        }
    }

    // A file or folder option given as '' would reach the file system as an invalid path; it is a usage error.
    private static Option? EmptyPathOption(ParseResult parsed)
    {
        for (var command = parsed.CommandResult; command is not null; command = command.Parent as System.CommandLine.Parsing.CommandResult)
        {
            foreach (var child in command.Children)
            {
                if (child is System.CommandLine.Parsing.OptionResult { Implicit: false } option
                    && option.Option.HelpName is "FILE" or "DIR" or "FILE|PRESET"
                    && option.Tokens.Any(t => t.Value.Length == 0))
                {
                    return option.Option;
                }
            }
        }

        return null;
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static int Fail(CliContext context, string message, int exitCode, Exception? exception, bool verbose)
    {
        context.Error.WriteLine($"error: {TerminalText.Escape(message)}");
        if (verbose && exception is not null)
        {
            // The trace quotes the same messages: each of its lines is escaped like the error line.
            foreach (var line in exception.ToString().Split('\n'))
            {
                context.Error.WriteLine(TerminalText.Escape(line.TrimEnd('\r')));
            }
        }

        return exitCode;
    }
}
