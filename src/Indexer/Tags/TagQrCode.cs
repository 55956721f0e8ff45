using QRCoder;

namespace Anchor.Indexer.Tags;

/// <summary>A tag's QR code: the Digital Link URI and nothing else, as PNG or SVG.</summary>
public sealed class TagQrCode
{
    private readonly QRCodeData _data;

    private TagQrCode(QRCodeData data, string uri)
    {
        _data = data;
        Uri = uri;
    }

    /// <summary>What the code carries.</summary>
    public string Uri { get; }

    /// <summary>The QR version (1 to 40); small codes scan from far and from small labels.</summary>
    public int Version => _data.Version;

    /// <summary>Encodes <paramref name="uri"/> with error correction level M (15% of the code may be damaged).</summary>
    public static TagQrCode For(string uri)
    {
        using var generator = new QRCodeGenerator();
        return new TagQrCode(generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M), uri);
    }

    /// <summary>A PNG with <paramref name="pixelsPerModule"/> pixels per module and a quiet zone.</summary>
    public byte[] Png(int pixelsPerModule = 8) => new PngByteQRCode(_data).GetGraphic(pixelsPerModule);

    /// <summary>A scalable SVG.</summary>
    public string Svg(int pixelsPerModule = 8) => new SvgQRCode(_data).GetGraphic(pixelsPerModule);

    /// <summary>Writes the code to <paramref name="path"/>: SVG for .svg, PNG for .png.</summary>
    /// <exception cref="ArgumentException">Another extension.</exception>
    public void Save(string path)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".png":
                File.WriteAllBytes(path, Png());
                break;
            case ".svg":
                File.WriteAllText(path, Svg());
                break;
            default:
                throw new ArgumentException($"{path}: a QR code is written as .png or .svg");
        }
    }
}
