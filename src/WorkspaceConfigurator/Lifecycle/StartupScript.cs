namespace WorkspaceConfigurator.Lifecycle;

internal static class StartupScript
{
    public const string FileName = "startup.sh";
    public const string Folder = "/opt/wsconf/startup";

    public static string Path => Folder + "/" + FileName;

    private static readonly Lazy<string> text = new(() =>
    {
        using var stream = typeof(StartupScript).Assembly.GetManifestResourceStream("lifecycle/startup.sh")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    });

    public static string Text => text.Value;
}
