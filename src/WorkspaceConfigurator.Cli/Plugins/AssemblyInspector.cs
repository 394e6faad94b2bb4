using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace WorkspaceConfigurator.Cli.Plugins;

/// <summary>
/// Reads a .dll's identity, target framework and references through System.Reflection.Metadata, so a plugin
/// built for another framework or contract is refused before the runtime sees it (loading it could fail in
/// ways that name neither the file nor the reason).
/// </summary>
internal static class AssemblyInspector
{
    private const string TargetFrameworkAttribute = "System.Runtime.Versioning.TargetFrameworkAttribute";

    /// <summary>The facts of an assembly, or why the file is not one.</summary>
    public static (AssemblyFacts? Facts, NotAnAssembly? Failure) Inspect(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return (null, new NotAnAssembly(path, "no .NET metadata; a native library?"));
            }

            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly)
            {
                return (null, new NotAnAssembly(path, "a .NET module without an assembly manifest"));
            }

            var definition = metadata.GetAssemblyDefinition();
            var culture = metadata.GetString(definition.Culture);
            if (culture.Length > 0)
            {
                // A satellite: its culture may not exist in invariant mode, so never build its AssemblyName.
                var name = new AssemblyName { Name = metadata.GetString(definition.Name), Version = definition.Version };
                return (new AssemblyFacts(path, name, null, [], false, culture), null);
            }

            var facts = new AssemblyFacts(
                path,
                definition.GetAssemblyName(),
                ReadTargetFramework(metadata, definition),
                metadata.AssemblyReferences.Select(h => metadata.GetAssemblyReference(h).GetAssemblyName()).ToList(),
                DeclaresRegistrar(metadata));
            return (facts, null);
        }
        catch (BadImageFormatException)
        {
            // The runtime's own message may be a bare resource key in a trimmed build: say it in our words.
            return (null, new NotAnAssembly(path, "not a Portable Executable file"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new NotAnAssembly(path, PluginScanner.Reason(e), Unreadable: true));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            // System.Reflection.Metadata's other ways of saying that a table or heap is corrupt.
            return (null, new NotAnAssembly(path, $"its metadata is corrupt: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}"));
        }
    }

    // [assembly: TargetFramework(".NETCoreApp,Version=v10.0")]: the blob is the prolog 0x0001, then the string.
    private static string? ReadTargetFramework(MetadataReader metadata, AssemblyDefinition definition)
    {
        foreach (var handle in definition.GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (AttributeTypeName(metadata, attribute) != TargetFrameworkAttribute)
            {
                continue;
            }

            var blob = metadata.GetBlobReader(attribute.Value);
            return blob.Length >= 2 && blob.ReadUInt16() == 1 ? blob.ReadSerializedString() : null;
        }

        return null;
    }

    private static string? AttributeTypeName(MetadataReader metadata, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind == HandleKind.MemberReference)
        {
            var parent = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
            return parent.Kind == HandleKind.TypeReference ? FullName(metadata, (TypeReferenceHandle)parent) : null;
        }

        if (attribute.Constructor.Kind == HandleKind.MethodDefinition)
        {
            var type = metadata.GetTypeDefinition(metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType());
            return $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}";
        }

        return null;
    }

    /// <summary>
    /// Whether a public concrete class implements IProfileRegistrar, directly or through a base class of the same
    /// assembly. Only used to tell a dependency from a plugin without loading it; plugins are then checked by
    /// reflection.
    /// </summary>
    private static bool DeclaresRegistrar(MetadataReader metadata)
    {
        var registrar = typeof(IProfileRegistrar);
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            var visibility = type.Attributes & TypeAttributes.VisibilityMask;
            if ((visibility != TypeAttributes.Public && visibility != TypeAttributes.NestedPublic)
                || (type.Attributes & (TypeAttributes.Abstract | TypeAttributes.Interface)) != 0)
            {
                continue;
            }

            for (TypeDefinition? current = type; current is { } t;)
            {
                foreach (var implementation in t.GetInterfaceImplementations())
                {
                    var @interface = metadata.GetInterfaceImplementation(implementation).Interface;
                    if (@interface.Kind == HandleKind.TypeReference && FullName(metadata, (TypeReferenceHandle)@interface) == registrar.FullName)
                    {
                        return true;
                    }
                }

                current = t.BaseType.Kind == HandleKind.TypeDefinition ? metadata.GetTypeDefinition((TypeDefinitionHandle)t.BaseType) : null;
            }
        }

        return false;
    }

    private static string FullName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var reference = metadata.GetTypeReference(handle);
        return $"{metadata.GetString(reference.Namespace)}.{metadata.GetString(reference.Name)}";
    }
}
