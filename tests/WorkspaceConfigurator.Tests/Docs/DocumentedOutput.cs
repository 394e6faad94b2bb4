namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>
/// One output a page shows and the command that prints it: <see cref="Lines"/> are the page's lines, the first of them
/// at <see cref="Line"/> (consecutive in a code block; one line for a message in a table or a paragraph, and one row
/// a line for <see cref="OutputKind.Rows"/>). <see cref="Command"/> is without <c>wsconf</c>.
/// </summary>
internal sealed record DocumentedOutput(
    string Page,
    int Line,
    OutputKind Kind,
    string Command,
    int Exit,
    IReadOnlyList<GivenFile> Files,
    IReadOnlyList<string> Lines)
{
    public override string ToString() => $"{Page} line {Line}: wsconf {Command}";
}
