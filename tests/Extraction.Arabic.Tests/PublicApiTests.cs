using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Extraction.Arabic.Tests;

/// <summary>Snapshot of the library's public surface: a change to it must be reviewed and approved.</summary>
public class PublicApiTests
{
    private static string ApprovedPath => Path.Combine(TestPaths.RepoRoot, "tests", "Extraction.Arabic.Tests", "Golden", "PublicApi.approved.txt");

    [Fact]
    public void PublicApi_MatchesApprovedSnapshot()
    {
        string actual = Describe(typeof(ArabicExtractor).Assembly);
        string approved = File.Exists(ApprovedPath) ? File.ReadAllText(ApprovedPath).ReplaceLineEndings("\n") : "";
        if (actual != approved)
        {
            string received = ApprovedPath.Replace(".approved.txt", ".received.txt", StringComparison.Ordinal);
            File.WriteAllText(received, actual);
            Assert.Fail($"The public API changed. Review {received} and, if intended, copy it over {ApprovedPath}.");
        }
    }

    [Fact]
    public void PublicApi_EveryPublicTypeHasXmlDocs()
    {
        string xmlPath = Path.ChangeExtension(typeof(ArabicExtractor).Assembly.Location, ".xml");
        File.Exists(xmlPath).Should().BeTrue("the library generates its documentation file");
        string xml = File.ReadAllText(xmlPath);
        foreach (var t in typeof(ArabicExtractor).Assembly.GetExportedTypes())
            xml.Should().Contain($"name=\"T:{t.FullName}\"", "every public type is documented");
    }

    internal static string Describe(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(TypeKind(type)).Append(' ').Append(Name(type));
            if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum)) sb.Append(" : ").Append(Name(b));
            sb.Append('\n');
            if (type.IsEnum)
            {
                foreach (string n in Enum.GetNames(type)) sb.Append("  ").Append(n).Append(" = ").Append(Convert.ToInt64(Enum.Parse(type, n), System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
                continue;
            }

            var lines = new List<string>();
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var m in type.GetMembers(flags))
            {
                if (!IsVisible(m) || m.IsDefined(typeof(CompilerGeneratedAttribute)) || m.Name.Contains('<')) continue;
                string? line = m switch
                {
                    ConstructorInfo c => $"ctor({Params(c.GetParameters())})",
                    MethodInfo mi when !mi.IsSpecialName => $"{(mi.IsStatic ? "static " : "")}{Name(mi.ReturnType)} {mi.Name}{Generic(mi)}({Params(mi.GetParameters())})",
                    PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {Accessors(p)}}}",
                    FieldInfo f when !f.IsSpecialName => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
                    EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
                    _ => null,
                };
                if (line is not null) lines.Add("  " + line);
            }

            foreach (string l in lines.Order(StringComparer.Ordinal)) sb.Append(l).Append('\n');
        }

        return sb.ToString();
    }

    private static bool IsVisible(MemberInfo m) => m switch
    {
        MethodBase mb => mb.IsPublic || mb.IsFamily || mb.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => (p.GetMethod is { } g && IsVisible(g)) || (p.SetMethod is { } s && IsVisible(s)),
        EventInfo e => e.AddMethod is { } a && IsVisible(a),
        _ => false,
    };

    private static string Accessors(PropertyInfo p)
    {
        var sb = new StringBuilder();
        if (p.GetMethod is { } g && IsVisible(g)) sb.Append("get; ");
        if (p.SetMethod is { } s && IsVisible(s))
            sb.Append(s.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init; " : "set; ");
        return sb.ToString();
    }

    private static string TypeKind(Type t) => t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? (t.IsByRefLike ? "ref struct" : "struct")
        : t.IsAbstract && t.IsSealed ? "static class" : t.IsSealed ? "sealed class" : "class";

    private static string Generic(MethodInfo m) => m.IsGenericMethod ? "<" + string.Join(", ", m.GetGenericArguments().Select(Name)) + ">" : "";

    private static string Params(ParameterInfo[] ps) => string.Join(", ", ps.Select(p =>
        $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Name(Type t)
    {
        if (t.IsByRef) return Name(t.GetElementType()!);
        if (t.IsArray) return Name(t.GetElementType()!) + "[]";
        if (Nullable.GetUnderlyingType(t) is { } u) return Name(u) + "?";
        if (t.IsGenericType)
        {
            string n = t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)];
            return $"{t.Namespace}.{n}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>";
        }

        return t.IsGenericParameter ? t.Name : (t.FullName ?? t.Name).Replace('+', '.');
    }
}
