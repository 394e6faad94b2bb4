namespace WorkspaceConfigurator.Contract;

public sealed record YamlMapping(ValueList<YamlEntry> Entries) : YamlNode
{
    public YamlNode? this[string key]
    {
        get
        {
            for (var i = 0; i < Entries.Count; i++)
            {
                if (Entries[i].Key == key)
                {
                    return Entries[i].Value;
                }
            }

            return null;
        }
    }

    public string? GetString(string key) => this[key] is YamlScalar { Kind: YamlScalarKind.String } s ? s.Text : null;
}
