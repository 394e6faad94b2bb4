using System.CommandLine;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Options;
using WorkspaceConfigurator.Cli.Output;
using WorkspaceConfigurator.Diff;
using WorkspaceConfigurator.Errors;
using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Cli.Commands;

/// <summary>
/// <c>wsconf diff OLD.yml [NEW.yml]</c>: what a catalogue change does to users who already have a workspace. OLD is
/// compared with NEW, or with what dump-config would write for the same options. Exit 0 when no change reaches
/// --fail-on, 3 when some do and none loses data, 4 when one loses data.
/// </summary>
internal static class DiffCommand
{
    public const string Name = "diff";

    // What dump-config writes, read back by the same rules as OLD; only the limits meant for hostile files are lifted.
    private static readonly ValuesReadLimits RenderedLimits = new(long.MaxValue / 4, 1000, int.MaxValue);

    private const string RenderedName = "(the current profiles)";

    /// <param name="catalogOptions">The root options that load profiles (-f, --profiles-dir): meaningless when two files are compared.</param>
    public static Command Create(CliContext context, Func<ParseResult, ProfileCatalog> loadCatalog, IReadOnlyList<Option> catalogOptions)
    {
        var oldFile = new Argument<string>("OLD.yml") { Description = "The earlier config.yml, e.g. the one deployed" };
        var newFile = new Argument<string?>("NEW.yml")
        {
            Description = "The config.yml to compare it with [default: what dump-config writes with the same options]",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var selection = new SelectionOptions();
        var format = new Option<string>("--format")
        {
            Description = "text (for people) or json (for scripts)",
            HelpName = "text|json",
            DefaultValueFactory = _ => "text",
        };
        OneOf(format, ["text", "json"]);
        var failOn = new Option<string>("--fail-on")
        {
            Description = "The mildest class of change that fails: changes at or above it exit 3, or 4 when any change loses data; milder ones are shown and exit 0",
            HelpName = "next-start|not-applied|data-loss",
            DefaultValueFactory = _ => ChangeClass.NextStart.Name(),
        };
        OneOf(failOn, [.. ChangeClasses.All.Select(c => c.Name())]);
        var output = new OutputTarget(readEnvironment: false);

        var command = new Command(Name,
            "Show what a catalogue change does to users who already have a workspace: each changed field, as next start, not applied (the hub keeps what they have) or data loss; OLD.yml against NEW.yml, or against what dump-config writes with the same options. Exit 0: no change at or above --fail-on, 3: changes, 4: a change loses data. Example: wsconf diff deployed-config.yml -f site.yaml --fail-on not-applied");
        command.Arguments.Add(oldFile);
        command.Arguments.Add(newFile);
        selection.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(failOn);
        output.AddTo(command);

        command.SetAction(result =>
        {
            var oldPath = FileArgument(result.GetValue(oldFile), oldFile.Name);
            var newPath = result.GetValue(newFile) is { } given ? FileArgument(given, newFile.Name) : null;
            if (newPath is not null)
            {
                RefuseSelection(result, [selection.Profile, selection.Override, selection.NodeSelector, selection.Groups,
                    selection.Image, selection.StorageClassRwo, selection.StorageClassRwx, .. catalogOptions]);
            }

            // OLD first: a wrong path is reported before any plugin loads or profile builds. A deployed config.yml
            // lives in a ConfigMap (1 MiB at most), well within the bounds of a values file.
            var old = HubConfigReader.ReadFile(oldPath, ValuesReadLimits.Default);
            HubConfig current;
            if (newPath is not null)
            {
                current = HubConfigReader.ReadFile(newPath, ValuesReadLimits.Default);
            }
            else if (DumpConfigCommand.Render(context, loadCatalog(result), selection, result) is { } rendered)
            {
                current = HubConfigReader.ReadText(rendered, RenderedName, RenderedLimits);
            }
            else
            {
                return ExitCodes.Invalid;
            }

            var report = ConfigDiffer.Compare(old, current);
            output.Write(result, context, result.GetValue(format) == "json" ? DiffJsonWriter.Write(report) : DiffTextWriter.Write(report));
            return report.ExitCode(ChangeClasses.Parse(result.GetValue(failOn)!) ?? ChangeClass.NextStart);
        });
        return command;
    }

    // What AcceptOnlyFromAmong does, with a message of one line (its own lists the values on lines of their own).
    private static void OneOf(Option<string> option, string[] values)
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!values.Contains(token.Value))
                {
                    result.AddError($"{option.Name} takes {string.Join(", ", values[..^1])} or {values[^1]}, not '{token.Value}'");
                }
            }
        });
    }

    private static string FileArgument(string? given, string name) =>
        string.IsNullOrEmpty(given) ? throw new UsageException($"{name} needs a file, not an empty value") : given;

    // Two files are compared as written: an option that would change the profiles would silently change nothing.
    private static void RefuseSelection(ParseResult result, IReadOnlyList<Option> options)
    {
        foreach (var option in options)
        {
            if (result.GetResult(option) is { Implicit: false })
            {
                throw new UsageException(
                    $"{option.Name} has nothing to change when two files are compared (wsconf diff OLD.yml NEW.yml compares them as written); give OLD.yml alone to compare it with the profiles the options make");
            }
        }
    }
}
