using System.CommandLine;
using WorkspaceConfigurator.Cli.Hosting;
using WorkspaceConfigurator.Cli.Options;

namespace WorkspaceConfigurator.Cli.Output;

/// <summary>
/// The --output option (with --force): a file written atomically, or the command's own stdout. Only dump-config
/// reads WSCONF_OUTPUT / OUTPUT_FILE, which name the hub's config.yml; another command writing there would overwrite it.
/// </summary>
internal sealed class OutputTarget(bool readEnvironment)
{
    public Option<string> Option { get; } = NotEmpty(new("--output", "-o")
    {
        Description = "Write to this file (atomically; it keeps its mode and owner) instead of stdout" + (readEnvironment ? " [env WSCONF_OUTPUT, OUTPUT_FILE]" : ""),
        HelpName = "FILE",
    }, "a file (or - for stdout)");

    public Option<bool> Force { get; } = new("--force")
    {
        Description = "Replace an output file that is read-only (its mode is kept)",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Option);
        command.Options.Add(Force);
    }

    public void Write(ParseResult result, CliContext context, string content) => Write(result, context, writer => writer.Write(content));

    /// <summary>Writes what <paramref name="write"/> writes to the output: streamed, for large outputs.</summary>
    public void Write(ParseResult result, CliContext context, Action<TextWriter> write)
    {
        var path = result.GetValue(Option) ?? (readEnvironment ? EnvironmentDefaults.Output.Read(context.GetEnvironmentVariable)?.Value : null);
        if ((path is null ? context.Out : StandardStream(path, context)) is { } writer)
        {
            write(writer);
            writer.Flush();
        }
        else
        {
            AtomicFile.Write(path!, write, FileWriting.Of(context, result.GetValue(Force)));
        }
    }

    /// <summary>Refuses an empty path while parsing, before any work: '' names no file (and .NET would call it an invalid argument).</summary>
    public static Option<string> NotEmpty(Option<string> option, string whatToGive)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => t.Value.Length == 0))
            {
                result.AddError($"{option.Name} needs {whatToGive}, not an empty value");
            }
        });
        return option;
    }

    // The process's own streams go through the command's writers: a shell's `>> file` appends (a reopened
    // /dev/stdout would write from offset 0), and in-process callers see the text.
    private static TextWriter? StandardStream(string path, CliContext context) => path == "-" ? context.Out : Path.GetFullPath(path) switch
    {
        "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1" => context.Out,
        "/dev/stderr" or "/dev/fd/2" or "/proc/self/fd/2" => context.Error,
        _ => null,
    };
}
