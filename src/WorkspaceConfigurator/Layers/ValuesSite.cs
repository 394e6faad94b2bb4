using WorkspaceConfigurator.Layers.ValuesFiles;
using WorkspaceConfigurator.Values;

namespace WorkspaceConfigurator.Layers;

/// <summary>A node of a values file: where it was written, and its path, spelled out only when an error names it.</summary>
internal sealed class ValuesSite : InputSite
{
    private readonly FieldPath path;

    /// <summary>A site whose path is known as a whole.</summary>
    public ValuesSite(SourceMark mark, string path)
        : this(mark, FieldPath.Of(path))
    {
    }

    private ValuesSite(SourceMark mark, FieldPath path)
    {
        Mark = mark;
        this.path = path;
    }

    public SourceMark Mark { get; }

    public string Path => path.ToString();

    /// <summary>The site of an entry under this one: <c>path.key</c>.</summary>
    public ValuesSite Under(string key, SourceMark mark) => new(mark, path.Then(key));

    /// <summary>The site of an item of this sequence: <c>path[index]</c>.</summary>
    public ValuesSite At(int index, SourceMark mark) => new(mark, path.At(index));

    public override WsconfException Malformed(string problem) => new ValuesFileException(Mark, Path, problem);

    public override InputSite Child(string key, SourceMark? mark = null) => Under(key, mark ?? Mark);
}
