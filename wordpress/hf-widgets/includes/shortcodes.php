<?php
/**
 * One shortcode per element, for classic editors and page builders: [hf_hotline_banner] …,
 * whose attributes are the element's with underscores
 * ([hf_hotline_banner hotlines="astra,nadel" quick_exit="yes" lang="sr-Latn"]).
 *
 * @package HF_Widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the four shortcodes.
 */
function hf_widgets_register_shortcodes() {
	foreach ( hf_widgets_elements() as $element => $definition ) {
		add_shortcode(
			$definition['shortcode'],
			static function ( $attributes ) use ( $element ) {
				return hf_widgets_render_shortcode( $element, $attributes );
			}
		);
	}
}

/**
 * Renders a shortcode: `quick_exit` becomes `quick-exit`; a bare word (`[hf_hotline_banner
 * dismissible]`) switches that option on.
 *
 * @param string       $element    Element key.
 * @param array|string $attributes What WordPress parsed ('' when there are none).
 */
function hf_widgets_render_shortcode( $element, $attributes ) {
	$raw = array();
	foreach ( (array) $attributes as $name => $value ) {
		if ( is_int( $name ) ) {
			$raw[ str_replace( '_', '-', strtolower( (string) $value ) ) ] = 'yes';
		} else {
			$raw[ str_replace( '_', '-', strtolower( $name ) ) ] = $value;
		}
	}
	return hf_widgets_render_element( $element, $raw );
}
