using System.Reflection;
using FluentAssertions;
using WorkspaceConfigurator.Build;

namespace WorkspaceConfigurator.Tests.Build;

/// <summary>
/// The null check of what a plugin's hooks give walks the spec records it knows by their marker (ISpecRecord), with
/// the value lists and maps they hold, and nothing else.
/// </summary>
public sealed class SpecNullsTests
{
    [Fact]
    public void Every_record_a_hook_gives_is_a_spec_record()
    {
        // IEnumerable<VolumeSpec>, IEnumerable<KeyValuePair<string, EnvValue>>, ...: the item type, or the map's value type.
        var hooks = typeof(Profile).GetMethods(BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(m => m.IsVirtual && m.GetParameters() is [{ ParameterType: var type }] && type == typeof(ProfileContext));
        var items = hooks.Select(m => m.ReturnType.GetGenericArguments().Single())
            .Select(item => item.IsGenericType && item.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) ? item.GetGenericArguments()[1] : item)
            .Where(item => !item.IsPrimitive && item != typeof(string))
            .Distinct()
            .ToList();

        items.Should().HaveCountGreaterThan(5);
        items.Should().OnlyContain(item => typeof(ISpecRecord).IsAssignableFrom(item), "a record a hook gives is checked for nulls");
    }

    [Fact]
    public void A_null_inside_a_record_inside_a_value_list_is_named_by_its_path()
    {
        var container = new InitContainerSpec
        {
            Name = "init",
            Image = "example.org/init:1",
            Command = ValueList.Of("sh"),
            VolumeMounts = ValueList.Of(new VolumeMountSpec { Name = null!, MountPath = "/data" }),
        };

        new SpecNulls().Find(container).Should().Be("VolumeMounts[0].Name");
    }

    [Fact]
    public void The_yaml_a_manifest_carries_is_not_walked()
    {
        // A null inside a manifest is the manifest checks' to name, with its place in the YAML (ManifestBounds).
        var manifest = new ManifestSpec
        {
            Name = "m",
            Key = "m",
            Content = ValueList.Of<YamlNode>(new YamlMapping(ValueList.Of(new YamlEntry("kind", null!)))),
            Persist = false,
        };

        new SpecNulls().Find(manifest).Should().BeNull();
    }
}
