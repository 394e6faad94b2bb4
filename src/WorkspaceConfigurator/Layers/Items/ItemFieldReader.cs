using WorkspaceConfigurator.Layers.ValuesFiles;

namespace WorkspaceConfigurator.Layers.Items;

/// <summary>Reads the value of one named-item field from a values-file node, typed; a bad value is a one-line error at its node.</summary>
internal static class ItemFieldReader
{
    public static string Text(ValuesNode node, ValuesSite site) => NodeShapes.Text(node, site, "a text");

    public static string? OptionalText(ValuesNode node, ValuesSite site) =>
        node is ValuesScalar { IsNull: true } ? null : NodeShapes.Text(node, site, "a text or null");

    public static bool Bool(ValuesNode node, ValuesSite site)
    {
        var text = NodeShapes.Text(node, site, "true or false");
        try
        {
            return SettingTypes.ParseBool(text);
        }
        catch (FormatException e)
        {
            throw site.Malformed(e.Message);
        }
    }

    /// <summary>An octal file mode such as <c>"0644"</c> (quoted or not: the digits are read as octal either way).</summary>
    /// <summary>
    /// A file mode as YAML gives it: a plain number without a leading 0 is decimal (<c>420</c> is 0644, as in a
    /// Kubernetes manifest); with a leading 0, or quoted as the hub writes it (<c>"0644"</c>), the digits are octal.
    /// </summary>
    public static int FileMode(ValuesNode node, ValuesSite site)
    {
        const string Valid = "an octal text such as \"0644\", or a decimal number up to 511 such as 420";
        var text = NodeShapes.Text(node, site, Valid);
        if (node is ValuesScalar { IsPlain: true } && text.Length is > 0 and <= 3 && text[0] != '0' && text.All(char.IsAsciiDigit))
        {
            var mode = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            return mode <= 511 ? mode : throw site.Malformed($"{text} is not a file mode ({Valid})");
        }

        if (text.Length is < 3 or > 4 || !text.All(c => c is >= '0' and <= '7'))
        {
            throw site.Malformed($"'{text}' is not a file mode ({Valid})");
        }

        return Convert.ToInt32(text, 8);
    }

    public static Quantity Size(ValuesNode node, ValuesSite site)
    {
        var text = NodeShapes.Text(node, site, "a storage size such as 10Gi");
        try
        {
            return SettingTypes.ParseSize(text);
        }
        catch (FormatException e)
        {
            throw site.Malformed(e.Message);
        }
    }

    public static ValueList<AccessMode> AccessModes(ValuesNode node, ValuesSite site)
    {
        var modes = new List<AccessMode>();
        var texts = NodeShapes.Texts(node, site, "a list of access modes");
        var items = ((ValuesSequence)node).Items; // Texts checked the shape
        for (var i = 0; i < texts.Count; i++)
        {
            modes.Add(ModeNamed(texts[i]) ?? throw NodeShapes.Item(site, i, items[i]).Malformed($"'{texts[i]}' is not an access mode ({string.Join(", ", Enum.GetNames<AccessMode>())})"));
        }

        return modes.Count > 0 ? modes.ToValueList() : throw site.Malformed("is empty (at least one access mode, e.g. [ReadWriteOnce])");
    }

    public static ValueList<string> TextList(ValuesNode node, ValuesSite site) => NodeShapes.Texts(node, site, "a list of texts").ToValueList();

    public static TextMapEdit TextMap(ValuesNode node, ValuesSite site)
    {
        var mapping = NodeShapes.Mapping(node, site, "a mapping of texts");
        var replace = false;
        var entries = new List<KeyValuePair<string, string?>>();
        foreach (var entry in mapping.Entries)
        {
            if (NodeShapes.IsPatchDirective(entry, site))
            {
                replace = true;
                continue;
            }

            entries.Add(new(entry.Key.Text, OptionalText(entry.Value, NodeShapes.Entry(site, entry))));
        }

        return new TextMapEdit(replace, entries);
    }

    public static ValueList<VolumeMountSpec> VolumeMounts(ValuesNode node, ValuesSite site)
    {
        var sequence = NodeShapes.Sequence(node, site, "a list of mounts ({name, mount_path, sub_path})");
        var mounts = new List<VolumeMountSpec>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var fields = Fields(sequence.Items[i], NodeShapes.Item(site, i, sequence.Items[i]), "a mount", ["name", "mount_path"], ["sub_path"]);
            mounts.Add(new VolumeMountSpec
            {
                Name = fields["name"]!,
                MountPath = fields["mount_path"]!,
                SubPath = fields.GetValueOrDefault("sub_path"),
            });
        }

        return mounts.ToValueList();
    }

    public static ValueList<SubjectSpec> Subjects(ValuesNode node, ValuesSite site)
    {
        var sequence = NodeShapes.Sequence(node, site, "a list of subjects ({name, kind})");
        var subjects = new List<SubjectSpec>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemSite = NodeShapes.Item(site, i, sequence.Items[i]);
            var fields = Fields(sequence.Items[i], itemSite, "a subject", ["name", "kind"], []);
            var kind = fields["kind"] switch
            {
                "ServiceAccount" => SubjectKind.ServiceAccount,
                "User" => SubjectKind.User,
                var other => throw NodeShapes.Entry(itemSite, ((ValuesMapping)sequence.Items[i]).Find("kind")!).Malformed($"'{other}' is not a subject kind the hub accepts (ServiceAccount or User)"),
            };
            subjects.Add(new SubjectSpec { Name = fields["name"]!, Kind = kind });
        }

        return subjects.ToValueList();
    }

    public static RolePatch Role(ValuesNode node, ValuesSite site)
    {
        var mapping = NodeShapes.Mapping(node, site, "a role ({name, resources, verbs, api_groups})");
        string? name = null;
        ValueList<string>? resources = null, apiGroups = null;
        ValueList<RoleVerb>? verbs = null;
        foreach (var entry in mapping.Entries)
        {
            var entrySite = NodeShapes.Entry(site, entry);
            switch (entry.Key.Text)
            {
                case "name":
                    name = Text(entry.Value, entrySite);
                    break;
                case "resources":
                    resources = TextList(entry.Value, entrySite);
                    break;
                case "api_groups":
                    apiGroups = TextList(entry.Value, entrySite);
                    break;
                case "verbs":
                    verbs = Verbs(entry.Value, entrySite);
                    break;
                default:
                    throw NodeShapes.Key(site, entry).Malformed(UnknownKey(entry.Key.Text, "role", ["name", "resources", "verbs", "api_groups"]));
            }
        }

        return new RolePatch(name, resources, verbs, apiGroups);
    }

    /// <summary>Kubernetes objects written inline: a list of mappings, read with the hub's YAML 1.1 meaning of plain scalars.</summary>
    public static ValueList<YamlNode> Manifests(ValuesNode node, ValuesSite site)
    {
        var sequence = NodeShapes.Sequence(node, site, "a list of Kubernetes objects");
        var objects = new List<YamlNode>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = NodeShapes.Mapping(sequence.Items[i], NodeShapes.Item(site, i, sequence.Items[i]), "a Kubernetes object (a mapping with apiVersion, kind, metadata)");
            objects.Add(ValuesNodeConversion.ToYamlNode(item));
        }

        return objects.ToValueList();
    }

    private static ValueList<RoleVerb> Verbs(ValuesNode node, ValuesSite site)
    {
        var verbs = new List<RoleVerb>();
        var texts = NodeShapes.Texts(node, site, "a list of verbs");
        var items = ((ValuesSequence)node).Items; // Texts checked the shape
        for (var i = 0; i < texts.Count; i++)
        {
            verbs.Add(VerbNamed(texts[i]) ?? throw NodeShapes.Item(site, i, items[i]).Malformed(
                $"'{texts[i]}' is not a verb the hub accepts (get, list, watch, create, update, patch, delete, deletecollection)"));
        }

        return verbs.ToValueList();
    }

    // The exact name: Enum.TryParse would also take " ReadOnlyMany", "1" and "ReadWriteOnce, ReadWriteMany" (flags, or-ed into ReadWriteMany).
    private static AccessMode? ModeNamed(string text)
    {
        foreach (var mode in Enum.GetValues<AccessMode>())
        {
            if (mode.ToString() == text)
            {
                return mode;
            }
        }

        return null;
    }

    private static RoleVerb? VerbNamed(string text)
    {
        foreach (var verb in Enum.GetValues<RoleVerb>())
        {
            if (verb.ToApiName() == text)
            {
                return verb;
            }
        }

        return null;
    }

    // The text fields of a small object: required ones must be there, no others allowed.
    private static Dictionary<string, string?> Fields(ValuesNode node, ValuesSite site, string what, string[] required, string[] optional)
    {
        var mapping = NodeShapes.Mapping(node, site, $"{what} ({{{string.Join(", ", required.Concat(optional))}}})");
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var entrySite = NodeShapes.Entry(site, entry);
            if (!required.Contains(entry.Key.Text) && !optional.Contains(entry.Key.Text))
            {
                throw NodeShapes.Key(site, entry).Malformed(UnknownKey(entry.Key.Text, what, [.. required, .. optional]));
            }

            fields[entry.Key.Text] = Text(entry.Value, entrySite);
        }

        foreach (var field in required)
        {
            if (!fields.ContainsKey(field))
            {
                throw site.Malformed($"{what} needs '{field}' ({{{string.Join(", ", required.Concat(optional))}}})");
            }
        }

        return fields;
    }

    public static string UnknownKey(string key, string what, IReadOnlyList<string> valid) =>
        Errors.Suggestions.Closest(key, valid, 1).FirstOrDefault() is { } close
            ? $"unknown key '{key}' for {what}; did you mean '{close}'? (valid: {string.Join(", ", valid)})"
            : $"unknown key '{key}' for {what} (valid: {string.Join(", ", valid)})";
}
