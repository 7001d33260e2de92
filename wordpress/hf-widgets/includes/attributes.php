<?php
/**
 * The attribute checks: whatever a block or a shortcode was given, only allowed values reach
 * the element. An unknown value is dropped (the element's default applies) with a notice that
 * only the post's editors see.
 *
 * @package HF_Widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Checks raw attribute values against an element's allow-list.
 *
 * @param string $element  Element key (`hotline-banner` …).
 * @param array  $raw      Values keyed by the element's HTML attribute name (`quick-exit`).
 * @param array  $document The action document in use (for hotline and group ids), or null.
 * @return array{attributes: array<string, string|true>, notices: string[]} Attributes to
 *         write (a `true` value is a boolean attribute) and what was refused.
 */
function hf_widgets_check_attributes( $element, $raw, $document ) {
	$elements = hf_widgets_elements();
	$allowed  = $elements[ $element ]['attributes'];
	$clean    = array();
	$notices  = array();

	foreach ( $raw as $name => $value ) {
		if ( ! isset( $allowed[ $name ] ) ) {
			/* translators: %s: an attribute name */
			$notices[] = sprintf( __( 'Unknown attribute "%s" ignored.', 'hf-widgets' ), hf_widgets_shorten( $name ) );
			continue;
		}
		if ( null === $value || '' === $value ) {
			continue;
		}
		$rule   = $allowed[ $name ];
		$result = hf_widgets_check_value( $rule, $value, $document );
		if ( isset( $result['notice'] ) ) {
			/* translators: 1: the value given, 2: the attribute name, 3: what it explains */
			$notices[] = sprintf( __( '"%1$s" is not allowed for %2$s: %3$s', 'hf-widgets' ), hf_widgets_shorten( is_scalar( $value ) ? (string) $value : wp_json_encode( $value ) ), $name, $result['notice'] );
		}
		if ( isset( $result['value'] ) && false !== $result['value'] ) {
			$clean[ $name ] = $result['value'];
		}
	}

	if ( 'hotline-banner' === $element && isset( $clean['quick-exit'] ) && ! isset( $clean['exit-url'] ) ) {
		$clean['exit-url'] = hf_widgets_settings()['exit_url'];
	}
	if ( ! isset( $clean['lang'] ) ) {
		$lang = hf_widgets_settings()['lang'];
		if ( '' !== $lang ) {
			$clean['lang'] = $lang;
		}
	}
	return array(
		'attributes' => $clean,
		'notices'    => $notices,
	);
}

/**
 * Checks one value.
 *
 * @param array $rule     The attribute's entry in hf_widgets_elements().
 * @param mixed $value    What was given.
 * @param array $document The action document, or null.
 * @return array{value?: string|bool, notice?: string}
 */
function hf_widgets_check_value( $rule, $value, $document ) {
	$text = is_scalar( $value ) ? trim( (string) $value ) : '';
	switch ( $rule['kind'] ) {
		case 'flag':
			$flag = hf_widgets_parse_flag( $value );
			if ( null === $flag ) {
				return array( 'notice' => __( 'use yes or no.', 'hf-widgets' ) );
			}
			return array( 'value' => $flag );

		case 'choice':
			$wanted = strtolower( $text );
			if ( in_array( $wanted, $rule['values'], true ) ) {
				return array( 'value' => $wanted );
			}
			/* translators: %s: the allowed values, comma-separated */
			return array( 'notice' => sprintf( __( 'use one of %s.', 'hf-widgets' ), implode( ', ', $rule['values'] ) ) );

		case 'heading_level':
			if ( preg_match( '/^[2-6]$/', $text ) ) {
				return array( 'value' => $text );
			}
			return array( 'notice' => __( 'use a number from 2 to 6.', 'hf-widgets' ) );

		case 'lang':
			foreach ( hf_widgets_languages() as $language ) {
				if ( strtolower( $language ) === strtolower( $text ) ) {
					return array( 'value' => $language );
				}
			}
			/* translators: %s: the allowed values, comma-separated */
			return array( 'notice' => sprintf( __( 'use one of %s.', 'hf-widgets' ), implode( ', ', hf_widgets_languages() ) ) );

		case 'exit_url':
			$problem = hf_widgets_exit_url_problem( $text );
			return null === $problem ? array( 'value' => $text ) : array( 'notice' => $problem );

		case 'hotlines':
			$known = wp_list_pluck( is_array( $document['hotlines'] ?? null ) ? $document['hotlines'] : array(), 'id' );
			$ids   = array_filter( array_map( 'trim', explode( ',', strtolower( $text ) ) ), 'strlen' );
			$kept  = array_values( array_unique( array_intersect( $ids, $known ) ) );
			$extra = array_diff( $ids, $known );
			$out   = $kept ? array( 'value' => implode( ',', $kept ) ) : array();
			if ( $extra ) {
				/* translators: %s: the hotline ids the document has, comma-separated */
				$out['notice'] = sprintf( __( 'the data has the hotlines %s.', 'hf-widgets' ), implode( ', ', $known ) );
			}
			return $out;

		case 'group':
			$known = wp_list_pluck( is_array( $document['beneficiaries'] ?? null ) ? $document['beneficiaries'] : array(), 'id' );
			if ( in_array( $text, $known, true ) ) {
				return array( 'value' => $text );
			}
			/* translators: %s: the group ids the document has, comma-separated */
			return array( 'notice' => sprintf( __( 'the data has the groups %s.', 'hf-widgets' ), implode( ', ', $known ) ) );
	}
	return array();
}

/**
 * A yes/no value from a block (a boolean) or a shortcode (`yes`, `no`, `true`, `1` …).
 *
 * @param mixed $value What was given.
 * @return bool|null Null when it is neither.
 */
function hf_widgets_parse_flag( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	$text = is_scalar( $value ) ? strtolower( trim( (string) $value ) ) : '';
	if ( in_array( $text, array( 'yes', 'true', '1', 'on' ), true ) ) {
		return true;
	}
	if ( in_array( $text, array( 'no', 'false', '0', 'off' ), true ) ) {
		return false;
	}
	return null;
}

/**
 * Why an exit address cannot be used, or null when it can: it must be an absolute http(s)
 * address of another site, so that leaving takes the reader away from this one.
 *
 * @param string $url The address.
 * @return string|null
 */
function hf_widgets_exit_url_problem( $url ) {
	$parts = wp_parse_url( $url );
	$valid = is_array( $parts ) && isset( $parts['scheme'], $parts['host'] )
		&& in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
		&& ! isset( $parts['user'] ) && ! isset( $parts['pass'] )
		&& preg_match( '/^[a-z0-9.-]+$/i', $parts['host'] )
		&& ! preg_match( '/[\s<>"\'`\\\\]/', $url )
		&& esc_url_raw( $url, array( 'http', 'https' ) ) === $url;
	if ( ! $valid ) {
		return __( 'the exit address must be a full address starting with https:// or http://.', 'hf-widgets' );
	}
	$site = wp_parse_url( home_url() );
	if ( strtolower( $parts['host'] ) === strtolower( $site['host'] ?? '' ) ) {
		return __( 'the exit address must be on another site: quick exit leaves this one.', 'hf-widgets' );
	}
	return null;
}

/**
 * A value cut short for a notice, so that a long attack string does not fill the page.
 *
 * @param string $text Any text.
 */
function hf_widgets_shorten( $text ) {
	return mb_strlen( $text ) > 60 ? mb_substr( $text, 0, 60 ) . '…' : $text;
}
