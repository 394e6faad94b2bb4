using System.CommandLine;

// Same shape as wsconf's command line: a recursive option, three subcommands, dump-config's options.
var verbose = new Option<bool>("--verbose") { Recursive = true };
var root = new RootCommand("floor with System.CommandLine");
root.Options.Add(verbose);
foreach (var name in new[] { "list", "describe", "dump-config" })
{
    var command = new Command(name);
    var profile = new Option<string[]>("--profile", "--profiles");
    command.Options.Add(profile);
    foreach (var option in new[] { "--override", "--node-selector" })
    {
        command.Options.Add(new Option<string[]>(option));
    }

    foreach (var option in new[] { "--groups", "--image", "--storage-class-rwo", "--storage-class-rwx", "--output" })
    {
        command.Options.Add(new Option<string>(option));
    }

    command.SetAction(result =>
    {
        Console.WriteLine($"floor {string.Join(",", result.GetValue(profile) ?? [])}");
        return 0;
    });
    root.Subcommands.Add(command);
}

return root.Parse(args).Invoke();
