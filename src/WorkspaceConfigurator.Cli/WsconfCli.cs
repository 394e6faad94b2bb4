using System.CommandLine;
using WorkspaceConfigurator.Cli.Commands;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Cli.Plugins;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli;

/// <summary>
/// The <c>wsconf</c> command line. Every failure ends as one line on stderr and an exit code: 2 for usage errors,
/// 1 for invalid profiles, plugins or assets; a stack trace only with --verbose.
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
        var context = new CliContext(stdout, stderr, getEnvironmentVariable)
        {
            OpenInput = openInput ?? Console.OpenStandardInput,
            Plugins = plugins,
            Temps = temps ?? new TempFiles(),
        };
        var verbose = new Option<bool>("--verbose") { Description = "Show stack traces of errors", Recursive = true };
        var root = new RootCommand("wsconf: generate workspace pod specifications (Application Hub config.yml) from profiles");
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

        ParseResult parsed;
        try
        {
            parsed = root.Parse(args);
        }
        catch (Exception e)
        {
            return Fail(context, $"cannot parse the command line: {e.Message}", ExitCodes.Usage, e, verbose: false);
        }

        if (parsed.Errors.Count > 0)
        {
            var messages = parsed.Errors.Select(e => e.Message.TrimEnd('.')).Distinct();
            return Fail(context, $"{string.Join("; ", messages)} (see 'wsconf --help')", ExitCodes.Usage, null, false);
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
            return Fail(context, $"unexpected {e.GetType().Name}: {e.Message}", ExitCodes.Invalid, e, showStack);
        }
    }

    private static int Fail(CliContext context, string message, int exitCode, Exception? exception, bool verbose)
    {
        context.Error.WriteLine($"error: {message.ReplaceLineEndings(" ")}");
        if (verbose && exception is not null)
        {
            context.Error.WriteLine(exception.ToString());
        }

        return exitCode;
    }
}
