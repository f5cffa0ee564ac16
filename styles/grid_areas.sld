<?xml version="1.0" encoding="UTF-8"?>
<!-- Urban grid areas: clear brick-red boundaries over a faint tint, thinner at county scale where
     the 28 areas are small; "name\ncode" labels closer than 1:40,000. -->
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd" version="1.1.0">
  <NamedLayer>
    <se:Name>grid_areas</se:Name>
    <UserStyle>
      <se:Name>grid_areas</se:Name>
      <se:Description>
        <se:Title>网格片区</se:Title>
      </se:Description>
      <se:FeatureTypeStyle>
        <se:Rule>
          <se:Name>boundary-detail</se:Name>
          <se:Description>
            <se:Title>网格片区</se:Title>
          </se:Description>
          <se:MaxScaleDenominator>40000</se:MaxScaleDenominator>
          <se:PolygonSymbolizer>
            <se:Fill>
              <se:SvgParameter name="fill">#c0504d</se:SvgParameter>
              <se:SvgParameter name="fill-opacity">0.07</se:SvgParameter>
            </se:Fill>
            <se:Stroke>
              <se:SvgParameter name="stroke">#b03a2e</se:SvgParameter>
              <se:SvgParameter name="stroke-width">1.6</se:SvgParameter>
            </se:Stroke>
          </se:PolygonSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>boundary-overview</se:Name>
          <se:Description>
            <se:Title>网格片区</se:Title>
          </se:Description>
          <se:MinScaleDenominator>40000</se:MinScaleDenominator>
          <se:PolygonSymbolizer>
            <se:Fill>
              <se:SvgParameter name="fill">#c0504d</se:SvgParameter>
              <se:SvgParameter name="fill-opacity">0.07</se:SvgParameter>
            </se:Fill>
            <se:Stroke>
              <se:SvgParameter name="stroke">#b03a2e</se:SvgParameter>
              <se:SvgParameter name="stroke-width">0.8</se:SvgParameter>
            </se:Stroke>
          </se:PolygonSymbolizer>
        </se:Rule>
        <se:Rule>
          <se:Name>label</se:Name>
          <se:Description>
            <se:Title>网格片区名称与编号</se:Title>
          </se:Description>
          <se:MaxScaleDenominator>40000</se:MaxScaleDenominator>
          <se:TextSymbolizer>
            <se:Label>
              <ogc:PropertyName>label</ogc:PropertyName>
            </se:Label>
            <se:Font>
              <se:SvgParameter name="font-family">WenQuanYi Micro Hei</se:SvgParameter>
              <se:SvgParameter name="font-size">10</se:SvgParameter>
              <se:SvgParameter name="font-weight">bold</se:SvgParameter>
            </se:Font>
            <se:Halo>
              <se:Radius>2</se:Radius>
              <se:Fill>
                <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
                <se:SvgParameter name="fill-opacity">0.85</se:SvgParameter>
              </se:Fill>
            </se:Halo>
            <se:Fill>
              <se:SvgParameter name="fill">#8e2c20</se:SvgParameter>
            </se:Fill>
            <se:VendorOption name="priority">80</se:VendorOption>
          </se:TextSymbolizer>
        </se:Rule>
      </se:FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
