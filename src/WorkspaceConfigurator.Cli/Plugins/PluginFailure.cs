using System.Diagnostics;
using System.Reflection;
using WorkspaceConfigurator.Catalog;
using WorkspaceConfigurator.Errors;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>Turns what a plugin throws while it loads or registers into one line that names the plugin's file.</summary>
internal static class PluginFailure
{
    public static ProfileException MissingDependency(string plugin, AssemblyName dependency, Exception? inner = null) => new(
        $"plugin '{plugin}' needs {dependency.Name} {dependency.Version}, which is neither in its folder nor part of .NET: copy the plugin's whole build output (its .dll, .deps.json and dependencies)",
        inner);

    /// <summary>The exception a plugin's code threw during <paramref name="step"/> (e.g. "Site.Registrar.Register").</summary>
    public static ProfileException From(string plugin, string step, Exception exception)
    {
        var e = PluginExceptions.Unwrap(exception);
        if (e is FileNotFoundException or FileLoadException && DependencyName(e) is { } dependency)
        {
            return MissingDependency(plugin, dependency, e);
        }

        if (ThrowingProfileConstructor(e) is { } profileType)
        {
            return new ProfileException($"plugin '{plugin}': constructing profile class {profileType.FullName} failed: {Describe(e)}", e);
        }

        return new ProfileException($"plugin '{plugin}': {step} failed: {Describe(e)}", e);
    }

    private static string Describe(Exception e) => PluginExceptions.Describe(e);

    private static AssemblyName? DependencyName(Exception e)
    {
        var name = e switch
        {
            FileNotFoundException f => f.FileName,
            FileLoadException f => f.FileName,
            _ => null,
        };
        // The loader names an assembly by its display name; a plugin's own file errors name a path instead.
        if (name is null || !name.Contains(", Version=", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return new AssemblyName(name);
        }
        catch (Exception)
        {
            return null;
        }
    }

    // Registrars usually construct profiles inline ("registry.Add(new MyProfile())"): name the class that threw.
    private static Type? ThrowingProfileConstructor(Exception e)
    {
        if (!PluginSupport.IsSupported)
        {
            return null;
        }

        foreach (var frame in new StackTrace(e, fNeedFileInfo: false).GetFrames())
        {
            if (frame.GetMethod() is ConstructorInfo { DeclaringType: { } type } && type.IsSubclassOf(typeof(Profile)))
            {
                return type;
            }
        }

        return null;
    }
}
